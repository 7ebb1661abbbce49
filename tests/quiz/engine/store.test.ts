import { describe, expect, it } from 'vitest'
import { questionHash } from '../../../quiz/engine/hash'
import { STORAGE_KEY } from '../../../quiz/engine/storage'
import { createQuizStore } from '../../../quiz/engine/store'
import { section, single } from '../../fixtures/quiz'
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
    quiz.showSolution('a-multiple')
    expect(quiz.responseOf('a-multiple')).toEqual(['p', 'q'])
    expect(quiz.scoreOf('a-multiple')).toBe(0)
    expect(quiz.missed.value.map(q => q.id)).toEqual(['a-multiple'])
  })

  it('scores 0 for this pass when the solution is shown after checking', () => {
    const quiz = make()
    quiz.select('a-multiple', ['p'])
    quiz.check('a-multiple')
    expect(quiz.scoreOf('a-multiple')).toBe(0.5)
    quiz.showSolution('a-multiple')
    expect(quiz.scoreOf('a-multiple')).toBe(0)
    expect(quiz.statusOf('a-multiple')).toBe('solution')
  })

  it('starts Try again after Show solution from an empty response, so the solution itself is never scored', () => {
    const quiz = make()
    quiz.showSolution('a-single')
    quiz.retry('a-single')
    expect(quiz.responseOf('a-single')).toBeUndefined()
    expect(quiz.check('a-single')).toBe(false)
    expect(quiz.scoreOf('a-single')).toBe(0)
  })

  it('keeps the learner\'s own response for Try again after Check', () => {
    const quiz = make()
    quiz.select('a-multiple', ['p', 'r'])
    quiz.check('a-multiple')
    quiz.retry('a-multiple')
    expect(quiz.responseOf('a-multiple')).toEqual(['p', 'r'])
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
    const throwing = {
      ...mapStorage(),
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
    }
    for (const storage of [throwing, null]) {
      const quiz = make(storage)
      quiz.select('a-single', 'y')
      expect(quiz.check('a-single')).toBe(true)
      expect(quiz.scoreOf('a-single')).toBe(1)
      expect(quiz.storageRefused.value).toBe(true)
    }
  })

  it('says from the start when storage refuses writes, before any answer is lost', () => {
    const throwing = {
      ...mapStorage(),
      setItem: () => {
        throw new Error('SecurityError')
      },
    }
    expect(make(throwing).storageRefused.value).toBe(true)
    expect(make(mapStorage()).storageRefused.value).toBe(false)
  })
})

describe('given two tabs on the same storage (the slides and /study)', () => {
  it('keeps both tabs\' answers: neither overwrites the other', () => {
    const storage = mapStorage()
    const slides = make(storage)
    const study = make(storage)
    slides.select('a-single', 'y')
    slides.check('a-single')
    study.select('a-truefalse', 'false')
    study.check('a-truefalse')
    const reloaded = make(storage)
    expect(reloaded.statusOf('a-single')).toBe('checked')
    expect(reloaded.statusOf('a-truefalse')).toBe('checked')
    expect(study.statusOf('a-single')).toBe('checked')
  })

  it('takes in what the other tab saved when told (a storage event), without writing', () => {
    const storage = mapStorage()
    const slides = make(storage)
    const study = make(storage)
    study.select('a-single', 'x')
    const written = storage.map.get(STORAGE_KEY)
    slides.sync(written ?? null)
    expect(slides.responseOf('a-single')).toBe('x')
    slides.sync('{not json')
    expect(slides.responseOf('a-single')).toBeUndefined()
    expect(storage.map.get(STORAGE_KEY)).toBe(written)
  })
})

describe('given answers saved elsewhere (an LMS\'s suspend data)', () => {
  it('restores those that fit the current questions and saves them', () => {
    const storage = mapStorage()
    const source = make(mapStorage())
    source.select('a-single', 'y')
    source.check('a-single')
    const quiz = make(storage)
    quiz.select('a-truefalse', 'true')
    quiz.restore({ ...source.answers, 'a-multiple': { hash: 'stale', status: 'checked', score: 1, attempts: 1 } })
    expect(quiz.scoreOf('a-single')).toBe(1)
    expect(quiz.responseOf('a-truefalse')).toBeUndefined()
    expect(quiz.statusOf('a-multiple')).toBe('open')
    expect(make(storage).scoreOf('a-single')).toBe(1)
  })
})

describe('given sections that load one at a time, as quiz slides fetch them', () => {
  const beta = () => section([{ ...single(), id: 'b-single' }], 'beta')
  const saved = (answers: Record<string, unknown>) => mapStorage({ [STORAGE_KEY]: JSON.stringify({ version: 2, answers }) })
  const checked = (hash: string) => ({ hash, status: 'checked', response: 'y', score: 1, attempts: 1 })

  it('keeps a saved answer to a question not loaded yet, and checks it against the question once its section arrives', () => {
    const stale = saved({ 'a-single': checked('00000000'), 'b-single': checked(questionHash({ ...single(), id: 'b-single' })) })
    const quiz = createQuizStore({ storage: stale })
    expect(Object.keys(quiz.answers).sort()).toEqual(['a-single', 'b-single'])
    quiz.addSections([beta()])
    expect(quiz.scoreOf('b-single')).toBe(1)
    expect(quiz.answers['a-single']).toBeDefined()
    quiz.addSections([section()])
    expect(quiz.answers['a-single']).toBeUndefined()
    expect(quiz.statusOf('a-single')).toBe('open')
  })

  it('cannot show or score a question whose section is not loaded, and says which', () => {
    const quiz = createQuizStore({ storage: mapStorage() })
    expect(() => quiz.locate('a-single')).toThrow(/"a-single" is unknown, or its section is not loaded yet/)
    quiz.addSections([section()])
    expect(quiz.locate('a-single')).toMatchObject({ index: 0, section: { id: 'alpha' } })
  })

  it('lists section scores in deck order whatever order the sections load in, and adds a section once', () => {
    const quiz = createQuizStore({ order: ['alpha', 'beta'], storage: mapStorage() })
    quiz.addSections([beta()])
    quiz.addSections([section(), beta()])
    quiz.addSections([section()])
    expect(quiz.sectionScores.value.map(s => s.id)).toEqual(['alpha', 'beta'])
    expect(quiz.questions.value.map(q => q.id)).toEqual([...section().questions.map(q => q.id), 'b-single'])
  })

  it('saves an answer without dropping another tab\'s answers to sections this tab has not loaded', () => {
    const storage = saved({ 'b-single': checked(questionHash({ ...single(), id: 'b-single' })) })
    const quiz = createQuizStore({ sections: [section()], storage })
    quiz.select('a-single', 'y')
    expect(Object.keys(JSON.parse(storage.map.get(STORAGE_KEY)!).answers).sort()).toEqual(['a-single', 'b-single'])
  })
})
