import type { QuizQuestion } from '../../quiz/engine/types'
import { describe, expect, it } from 'vitest'
import { allQuestions } from '../../quiz/bank'
import { multiple, ordering, single } from '../fixtures/quiz'
import { chanceScore, giveaway, lastStudent, lengthStudent, longestIsRightShare, positionStudent, testWise, topKeyLetterShare } from './testWise'

const students = [
  ['always picks A, the first half of a select-all, item i → target i, and leaves orderings as shown', positionStudent],
  ['always picks the longest option, the longest half of a select-all, the longest target, and leaves orderings as shown', lengthStudent],
  ['always picks the last option, the last half of a select-all, item i → target i from the end, and leaves orderings as shown', lastStudent],
] as const

/** The checks below, as one function, so the same rules run on the real bank and on a giveaway bank. */
function bankProblems(questions: readonly QuizQuestion[]): string[] {
  const out: string[] = []
  for (const [name, student] of students) {
    const r = testWise(questions, student)
    if (r.student > r.chance + r.margin)
      out.push(`a student who ${name} scores ${r.student.toFixed(2)}, above chance ${r.chance.toFixed(2)} + ${r.margin.toFixed(2)}`)
  }
  if (topKeyLetterShare(questions) > 0.4)
    out.push('one letter holds more than 40% of the keys')
  if (longestIsRightShare(questions) > 0.4)
    out.push('the right option is the longest in more than 40% of single-choice questions')
  return out
}

describe('given the bank as displayed', () => {
  it.each(students)('a student who %s scores no more than chance + 5% of the total', (_name, student) => {
    const r = testWise(allQuestions, student)
    expect(r.student).toBeLessThanOrEqual(r.chance + r.margin)
  })

  it('gives no letter more than 40% of the single-choice and true/false keys', () => {
    expect(topKeyLetterShare(allQuestions)).toBeLessThanOrEqual(0.4)
  })

  it('makes the right option the longest in at most 40% of single-choice questions', () => {
    expect(longestIsRightShare(allQuestions)).toBeLessThanOrEqual(0.4)
  })

  it('passes every one of these checks at once', () => {
    expect(bankProblems(allQuestions)).toEqual([])
  })
})

describe('given the same bank laid out as a careless author would (key first and longest, diagonals, orderings solved)', () => {
  const careless = allQuestions.map(giveaway)

  it('fails every check, so the checks can fail', () => {
    expect(bankProblems(careless)).toHaveLength(4)
  })
})

describe('chance, by question type', () => {
  it('is 1/n for single choice and for ordering, and 1/2 for true/false', () => {
    expect(chanceScore(single())).toBeCloseTo(1 / 3)
    expect(chanceScore(ordering())).toBeCloseTo(1 / 3)
    expect(chanceScore(allQuestions.find(q => q.type === 'truefalse')!)).toBe(0.5)
  })

  it('for a select-all, averages the partial-credit score over every non-empty subset', () => {
    // p, q right of p q r s: 15 subsets; {p},{q}: 0.5 each; {p,q}: 1; {p,r},{p,s},{q,r},{q,s}: 0; {p,q,r},{p,q,s}: 0.5 each; the rest 0.
    expect(chanceScore(multiple())).toBeCloseTo(3 / 15)
  })

  it('for a matching, is 1 over the number of targets', () => {
    const m = allQuestions.find(q => q.type === 'matching')!
    expect(chanceScore(m)).toBeCloseTo(1 / (m.type === 'matching' ? m.targets.length : 0))
  })
})
