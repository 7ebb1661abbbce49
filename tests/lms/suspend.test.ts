import type { SavedAnswer } from '../../quiz/engine/storage'
import type { QuizQuestion, QuizResponse } from '../../quiz/engine/types'
import { describe, expect, it } from 'vitest'
import { decodeSuspendData, encodeSuspendData } from '../../lms/suspend'
import { allQuestions } from '../../quiz/bank'
import { questionHash } from '../../quiz/engine/hash'
import { scoreQuestion, solutionOf } from '../../quiz/engine/scoring'
import { matching, multiple, ordering, single, truefalse } from '../fixtures/quiz'

const questions: QuizQuestion[] = [single(), multiple(), truefalse(), ordering(), matching()]

function saved(q: QuizQuestion, status: SavedAnswer['status'], response?: QuizResponse, attempts = 1): SavedAnswer {
  const score = status === 'checked' ? scoreQuestion(q, response) : 0
  return { hash: questionHash(q), status, score, attempts, ...(response === undefined ? {} : { response }) }
}

const [s, m, t, o, x] = questions as [QuizQuestion, QuizQuestion, QuizQuestion, QuizQuestion, QuizQuestion]

describe('given answers of every type and status', () => {
  const answers: Record<string, SavedAnswer> = {
    [s.id]: saved(s, 'checked', 'x', 2),
    [m.id]: saved(m, 'checked', ['q', 'p', 's']),
    [t.id]: saved(t, 'solution', 'true', 3),
    [o.id]: saved(o, 'open', ['c', 'a', 'b'], 0),
    [x.id]: saved(x, 'open', { m1: 'jp', m3: 'ru' }, 40),
  }

  it('brings every answer back as it was, with checked scores recomputed from the response', () => {
    const back = decodeSuspendData(encodeSuspendData(answers, questions), questions)
    expect(back).toEqual(answers)
    expect(back[m.id]?.score).toBeCloseTo(1 / 2)
  })

  it('writes only short, plain characters', () => {
    const text = encodeSuspendData(answers, questions)
    expect(text).toMatch(/^[0-9a-z.;-]+$/)
    expect(text.length).toBeLessThan(80)
  })

  it('still reads the answers when the options are shown in another order', () => {
    const reordered = questions.map(q => ({ ...q, options: [...q.options].reverse() })) as QuizQuestion[]
    expect(decodeSuspendData(encodeSuspendData(answers, questions), reordered)).toEqual(answers)
  })
})

describe('given saved text that does not fit the deck', () => {
  it('drops the answer to a question edited since, and keeps the others', () => {
    const text = encodeSuspendData({ [s.id]: saved(s, 'checked', 'y'), [t.id]: saved(t, 'checked', 'false') }, questions)
    const edited = questions.map(q => (q.id === s.id ? { ...q, prompt: 'Which one, really?' } : q))
    expect(Object.keys(decodeSuspendData(text, edited))).toEqual([t.id])
  })

  it('skips answers saved under an old question hash when encoding', () => {
    expect(encodeSuspendData({ [s.id]: { ...saved(s, 'checked', 'y'), hash: 'deadbeef' } }, questions)).toBe('q1')
  })

  it('returns no answers for empty, foreign or malformed text', () => {
    for (const text of [null, '', 'not suspend data', 'q0;abcdefc1.0', '{"answers":{}}'])
      expect(decodeSuspendData(text, questions)).toEqual({})
    const good = encodeSuspendData({ [s.id]: saved(s, 'checked', 'y') }, questions)
    expect(decodeSuspendData(`${good};zzzzzzc1.0;${good.slice(3)}x`, questions)).toEqual({ [s.id]: saved(s, 'checked', 'y') })
    expect(decodeSuspendData(good.replace(/\.\w+$/, '.9'), questions)).toEqual({})
  })
})

describe('given the whole bank answered', () => {
  it('fits SCORM 1.2\'s 4,096 characters with room to spare, even after many attempts', () => {
    const answers = Object.fromEntries(allQuestions.map(q => [q.id, saved(q, 'checked', solutionOf(q), 99)]))
    const text = encodeSuspendData(answers, allQuestions)
    // eslint-disable-next-line no-console -- prints the measured size beside the assertion on it
    console.log(`suspend_data with all ${allQuestions.length} questions answered: ${text.length} characters`)
    expect(Object.keys(decodeSuspendData(text, allQuestions))).toHaveLength(allQuestions.length)
    expect(text.length).toBeLessThan(4096 / 4)
  })
})
