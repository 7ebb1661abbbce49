import { describe, expect, it } from 'vitest'
import { createQuizStore } from '../../../quiz/engine/store'
import { STORAGE_KEY } from '../../../quiz/engine/storage'
import { section } from '../../fixtures/quiz'
import { mapStorage } from '../../fixtures/storage'

const make = (storage: ReturnType<typeof mapStorage> | null = mapStorage()) => createQuizStore({ sections: [section()], storage })

describe('given a learner answering a question', () => {
  it('cannot check before choosing, and an unanswered question never scores', () => {
    const quiz = make()
    expect(quiz.canCheck('a-single')).toBe(false)
    expect(quiz.check('a-single')).toBe(false)
    expect(quiz.sectionScores.value[0]).toMatchObject({ score: 0, done: 0, total: 5 })
  })

  it('scores once, however often Check is pressed', () => {
    const quiz = make()
    quiz.select('a-single', 'y')
    expect(quiz.check('a-single')).toBe(true)
    expect(quiz.check('a-single')).toBe(false)
    expect(quiz.answers['a-single']?.attempts).toBe(1)
    expect(quiz.sectionScores.value[0]).toMatchObject({ score: 1, done: 1 })
  })

  it('ignores a new choice after Check until Try again', () => {
    const quiz = make()
    quiz.select('a-single', 'x')
    quiz.check('a-single')
    quiz.select('a-single', 'y')
    expect(quiz.responseOf('a-single')).toBe('x')
    quiz.retry('a-single')
    expect(quiz.scoreOf('a-single')).toBe(0)
    quiz.select('a-single', 'y')
    quiz.check('a-single')
    expect(quiz.scoreOf('a-single')).toBe(1)
    expect(quiz.answers['a-single']?.attempts).toBe(2)
  })

  it('scores 0 for a solution shown before checking, and lists it as missed', () => {
    const quiz = make()
    quiz.reveal('a-multiple')
    expect(quiz.responseOf('a-multiple')).toEqual(['p', 'q'])
    expect(quiz.scoreOf('a-multiple')).toBe(0)
    expect(quiz.missed.value.map(q => q.id)).toEqual(['a-multiple'])
  })

  it('keeps a partial score when the solution is shown after checking', () => {
    const quiz = make()
    quiz.select('a-multiple', ['p'])
    quiz.check('a-multiple')
    quiz.reveal('a-multiple')
    expect(quiz.scoreOf('a-multiple')).toBe(0.5)
  })
})

describe('given saved progress', () => {
  it('survives a reload: a new store on the same storage sees the answers', () => {
    const storage = mapStorage()
    const first = make(storage)
    first.select('a-truefalse', 'true')
    first.check('a-truefalse')
    const second = make(storage)
    expect(second.statusOf('a-truefalse')).toBe('checked')
    expect(second.scoreOf('a-truefalse')).toBe(1)
  })

  it('resets some questions or all of them', () => {
    const storage = mapStorage()
    const quiz = make(storage)
    quiz.select('a-single', 'y')
    quiz.check('a-single')
    quiz.select('a-truefalse', 'false')
    quiz.reset(['a-truefalse'])
    expect(Object.keys(quiz.answers)).toEqual(['a-single'])
    quiz.reset()
    expect(JSON.parse(storage.map.get(STORAGE_KEY)!).answers).toEqual({})
  })

  it('keeps working in memory when storage throws or is missing', () => {
    const throwing = { ...mapStorage(), setItem: () => { throw new Error('QuotaExceededError') } }
    for (const storage of [throwing, null]) {
      const quiz = make(storage)
      quiz.select('a-single', 'y')
      expect(quiz.check('a-single')).toBe(true)
      expect(quiz.scoreOf('a-single')).toBe(1)
      expect(quiz.persisted).toBe(false)
    }
  })
})
