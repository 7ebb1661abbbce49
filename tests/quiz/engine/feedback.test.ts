import { describe, expect, it } from 'vitest'
import { choiceSummary, isExplained, markOf, verdictOf } from '../../../quiz/engine/feedback'
import { matching, multiple, ordering, single } from '../../fixtures/quiz'

describe('given a wrong single-choice answer after Check', () => {
  const q = single()
  it('marks the chosen option wrong and leaves the right one unmarked and unexplained', () => {
    expect(markOf(q, 'x', 'x', 'checked')).toBe('wrong')
    expect(markOf(q, 'x', 'y', 'checked')).toBeUndefined()
    expect(isExplained(q, 'x', 'x', 'checked')).toBe(true)
    expect(isExplained(q, 'x', 'y', 'checked')).toBe(false)
  })

  it('marks the right answer as the key, and explains everything, once the solution shows', () => {
    expect(q.options.map(o => markOf(q, 'y', o.id, 'solution'))).toEqual([undefined, 'key', undefined])
    expect(q.options.every(o => isExplained(q, 'y', o.id, 'solution'))).toBe(true)
  })

  it('explains the key alone when the solution is shown to a room, and still marks it', () => {
    expect(q.options.map(o => isExplained(q, 'y', o.id, 'solution', true))).toEqual([false, true, false])
    expect(q.options.map(o => markOf(q, 'y', o.id, 'solution'))).toEqual([undefined, 'key', undefined])
    expect(isExplained(multiple(), ['p', 'q'], 'r', 'solution', true)).toBe(false)
    expect(multiple().options.filter(o => isExplained(multiple(), undefined, o.id, 'solution', true)).map(o => o.id)).toEqual(multiple().correct)
  })

  it('marks nothing while the question is open', () => {
    expect(q.options.map(o => markOf(q, 'x', o.id, 'open'))).toEqual([undefined, undefined, undefined])
  })
})

describe('given a select-all question', () => {
  it('counts right and wrong choices: "1 of 2 right choices, 1 wrong"', () => {
    expect(choiceSummary(multiple(), ['p', 'r'])).toBe('1 of 2 right choices, 1 wrong')
    expect(verdictOf(multiple(), ['p', 'r'], 'checked', 0).detail).toBe('1 of 2 right choices, 1 wrong')
    expect(verdictOf(multiple(), ['p'], 'checked', 0.5)).toMatchObject({ kind: 'partly', text: 'Partly correct: 0.5 of 1 point' })
  })

  it('leaves an unchosen right option unmarked after Check', () => {
    expect(markOf(multiple(), ['p'], 'q', 'checked')).toBeUndefined()
  })
})

describe('given ordering and matching questions after Check', () => {
  it('marks every item, and explains only those placed right', () => {
    const o = ordering()
    const r = ['a', 'c', 'b']
    expect(o.options.map(x => markOf(o, r, x.id, 'checked'))).toEqual(['wrong', 'right', 'wrong'])
    expect(o.options.map(x => isExplained(o, r, x.id, 'checked'))).toEqual([false, true, false])
    const m = matching()
    expect(verdictOf(m, { m1: 'ru', m2: 'ru', m3: 'ru' }, 'checked', 2 / 3).detail).toBe('2 of 3 pairs right')
  })
})

describe('given the solution view', () => {
  it('tells a learner who asked for it that it scores nothing, and the room only "The answer"', () => {
    expect(verdictOf(single(), 'y', 'solution', 0).text).toBe('Solution shown: no points this time')
    expect(verdictOf(single(), 'y', 'solution', 0, true).text).toBe('The answer')
  })
})
