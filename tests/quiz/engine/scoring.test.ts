import { describe, expect, it } from 'vitest'
import { describeSolution, formatScore, isAnswered, scoreQuestion, solutionItems, solutionOf } from '../../../quiz/engine/scoring'
import { matching, multiple, ordering, single, truefalse } from '../../fixtures/quiz'

describe('given a single-choice question', () => {
  it('scores 1 for the right option and 0 for another', () => {
    expect(scoreQuestion(single(), 'y')).toBe(1)
    expect(scoreQuestion(single(), 'x')).toBe(0)
  })
  it('treats no answer, or an unknown id, as unanswered and scores it 0', () => {
    expect(isAnswered(single(), undefined)).toBe(false)
    expect(isAnswered(single(), 'nope')).toBe(false)
    expect(scoreQuestion(single(), 'nope')).toBe(0)
  })
})

describe('given a true/false question', () => {
  it('scores the statement', () => {
    expect(scoreQuestion(truefalse(), 'true')).toBe(1)
    expect(scoreQuestion(truefalse(), 'false')).toBe(0)
  })
})

describe('given a select-all-that-apply question', () => {
  it('gives full credit for exactly the right options', () => {
    expect(scoreQuestion(multiple(), ['p', 'q'])).toBe(1)
  })
  it('gives a share for each right option, minus a share for each wrong one, never below 0', () => {
    expect(scoreQuestion(multiple(), ['p'])).toBe(0.5)
    expect(scoreQuestion(multiple(), ['p', 'q', 'r'])).toBe(0.5)
    expect(scoreQuestion(multiple(), ['p', 'r'])).toBe(0)
    expect(scoreQuestion(multiple(), ['r', 's'])).toBe(0)
  })
  it('treats an empty selection as unanswered', () => {
    expect(isAnswered(multiple(), [])).toBe(false)
  })
})

describe('given an ordering question', () => {
  it('needs every item placed before it counts as answered', () => {
    expect(isAnswered(ordering(), ['a', 'b'])).toBe(false)
    expect(isAnswered(ordering(), ['b', 'a', 'c'])).toBe(true)
  })
  it('scores the share of items in the right position', () => {
    expect(scoreQuestion(ordering(), ['a', 'b', 'c'])).toBe(1)
    expect(scoreQuestion(ordering(), ['a', 'c', 'b'])).toBeCloseTo(1 / 3)
    expect(scoreQuestion(ordering(), ['c', 'a', 'b'])).toBe(0)
  })
})

describe('given a matching question', () => {
  it('needs every item matched before it counts as answered', () => {
    expect(isAnswered(matching(), { m1: 'ru', m2: 'jp' })).toBe(false)
  })
  it('scores the share of right pairs', () => {
    expect(scoreQuestion(matching(), { m1: 'ru', m2: 'jp', m3: 'ru' })).toBe(1)
    expect(scoreQuestion(matching(), { m1: 'ru', m2: 'ru', m3: 'ru' })).toBeCloseTo(2 / 3)
  })
})

describe('the solution', () => {
  it('always scores full marks', () => {
    for (const q of [single(), multiple(), truefalse(), ordering(), matching()]) expect(scoreQuestion(q, solutionOf(q))).toBe(1)
  })
  it('reads as words with letters for choices, arrows for order and pairs for matching', () => {
    expect(describeSolution(single())).toBe('B. Y')
    expect(describeSolution(multiple())).toBe('A. P; B. Q')
    expect(describeSolution(ordering())).toBe('1. A → 2. B → 3. C')
    expect(describeSolution(matching())).toBe('M1 → Russia; M2 → Japan; M3 → Russia')
    expect(solutionItems(ordering())).toEqual(['1. A', '2. B', '3. C'])
  })
})

describe('formatScore', () => {
  it('drops trailing zeros', () => {
    expect(formatScore(3)).toBe('3')
    expect(formatScore(3.5)).toBe('3.5')
    expect(formatScore(2 / 3)).toBe('0.67')
  })
})
