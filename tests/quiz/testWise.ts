// What a test-wise student who never read the article would score on a bank, and what pure chance
// scores, computed from the questions as displayed. Scores come from the engine's own scoreQuestion.

import type { QuizOption, QuizQuestion, QuizResponse } from '../../quiz/engine/types'
import { scoreQuestion } from '../../quiz/engine/scoring'

/** Every non-empty subset of `items`. */
function subsets<T>(items: readonly T[]): T[][] {
  const out: T[][] = []
  for (let mask = 1; mask < 2 ** items.length; mask++) out.push(items.filter((_, i) => mask & (2 ** i)))
  return out
}

/** Expected score of a learner who answers at random, by question type. */
export function chanceScore(q: QuizQuestion): number {
  switch (q.type) {
    case 'single': return 1 / q.options.length
    case 'truefalse': return 1 / 2
    case 'multiple': {
      const all = subsets(q.options.map(o => o.id))
      return all.reduce((sum, s) => sum + scoreQuestion(q, s), 0) / all.length
    }
    case 'ordering': return 1 / q.options.length
    case 'matching': return 1 / q.targets.length
  }
}

/** Options from longest to shortest text; the earlier one shown wins a tie. */
function byLength<T extends { text: string }>(items: readonly T[]) {
  return items.map((x, i) => ({ x, i })).sort((a, b) => b.x.text.length - a.x.text.length || a.i - b.i).map(({ x }) => x)
}

const half = (options: readonly QuizOption[]) => Math.ceil(options.length / 2)

export type Student = (q: QuizQuestion) => QuizResponse

/** Always A; the first half of a select-all; item i → target i (wrapping); orderings left as shown. */
export const positionStudent: Student = (q) => {
  switch (q.type) {
    case 'single':
    case 'truefalse': return q.options[0]!.id
    case 'multiple': return q.options.slice(0, half(q.options)).map(o => o.id)
    case 'ordering': return q.options.map(o => o.id)
    case 'matching': return Object.fromEntries(q.options.map((o, i) => [o.id, q.targets[i % q.targets.length]!.id]))
  }
}

/** Always the longest option; the longest half of a select-all; the longest target for every item; orderings as shown. */
export const lengthStudent: Student = (q) => {
  switch (q.type) {
    case 'single':
    case 'truefalse': return byLength(q.options)[0]!.id
    case 'multiple': return byLength(q.options).slice(0, half(q.options)).map(o => o.id)
    case 'ordering': return q.options.map(o => o.id)
    case 'matching': return Object.fromEntries(q.options.map(o => [o.id, byLength(q.targets)[0]!.id]))
  }
}

/** The mirror image: always the last option; the last half of a select-all; item i → target i from the end; orderings as shown. */
export const lastStudent: Student = (q) => {
  switch (q.type) {
    case 'single':
    case 'truefalse': return q.options.at(-1)!.id
    case 'multiple': return q.options.slice(q.options.length - half(q.options)).map(o => o.id)
    case 'ordering': return q.options.map(o => o.id)
    case 'matching': return Object.fromEntries(q.options.map((o, i) => [o.id, q.targets[q.targets.length - 1 - (i % q.targets.length)]!.id]))
  }
}

export interface TestWiseReport { student: number, chance: number, total: number, margin: number }

/** The student's total against chance; `margin` is how far above chance the student is allowed (5% of the total). */
export function testWise(questions: readonly QuizQuestion[], student: Student): TestWiseReport {
  const sum = (f: (q: QuizQuestion) => number) => questions.reduce((s, q) => s + f(q), 0)
  return { student: sum(q => scoreQuestion(q, student(q))), chance: sum(chanceScore), total: questions.length, margin: 0.05 * questions.length }
}

/** Share of single-choice and true/false keys held by the most used letter. */
export function topKeyLetterShare(questions: readonly QuizQuestion[]): number {
  const keyed = questions.filter(q => q.type === 'single' || q.type === 'truefalse')
  const counts = new Map<number, number>()
  for (const q of keyed) {
    const at = q.options.findIndex(o => o.id === q.correct)
    counts.set(at, (counts.get(at) ?? 0) + 1)
  }
  return Math.max(...counts.values()) / keyed.length
}

/** Share of single-choice questions whose right option is (one of) the longest. */
export function longestIsRightShare(questions: readonly QuizQuestion[]): number {
  const singles = questions.filter(q => q.type === 'single')
  const longest = singles.filter((q) => {
    const max = Math.max(...q.options.map(o => o.text.length))
    return q.options.find(o => o.id === q.correct)!.text.length === max
  })
  return longest.length / singles.length
}

/**
 * The same bank as a careless author would show it: the key first (and padded to be the longest),
 * the right options first in a select-all, orderings in the right order, matchings on the diagonal.
 * Every bank check must fail on it.
 */
export function giveaway(q: QuizQuestion): QuizQuestion {
  const rightFirst = (isRight: (o: QuizOption) => boolean) =>
    [...q.options.filter(isRight), ...q.options.filter(o => !isRight(o))]
  switch (q.type) {
    case 'single': {
      const options = rightFirst(o => o.id === q.correct)
      const pad = Math.max(...options.map(o => o.text.length)) + 1
      return { ...q, options: options.map(o => (o.id === q.correct ? { ...o, text: o.text.padEnd(pad, '.') } : o)) }
    }
    case 'truefalse': return { ...q, correct: 'true' }
    case 'multiple': return { ...q, options: rightFirst(o => q.correct.includes(o.id)) }
    case 'ordering': return { ...q, options: q.correct.map(id => q.options.find(o => o.id === id)!) }
    case 'matching': {
      const used = [...new Set(q.options.map(o => q.correct[o.id]!))]
      const targets = [...used, ...q.targets.map(t => t.id).filter(t => !used.includes(t))].map(id => q.targets.find(t => t.id === id)!)
      const left = [...q.options]
      const options = q.options.map((_, i) => {
        const at = Math.max(0, left.findIndex(o => q.correct[o.id] === targets[i % targets.length]!.id))
        return left.splice(at, 1)[0]!
      })
      return { ...q, options, targets }
    }
  }
}
