/**
 * Scoring for every question type. A score is a number from 0 to 1; an unanswered question scores 0
 * and can't be checked.
 *
 * Usage: `if (isAnswered(q, r)) score = scoreQuestion(q, r)`
 */

import type { QuizQuestion, QuizResponse } from './types'

/** The rule shown on screen under every select-all-that-apply question. */
export const PARTIAL_CREDIT_RULE
  = 'Each right choice earns its share of the point; each wrong one takes a share away (never below zero).'

/** A response as a list of ids (select-all, ordering); anything else gives an empty list. */
export const asList = (r: QuizResponse | undefined): string[] => (Array.isArray(r) ? r : [])
/** A response as item → target pairs (matching); anything else gives no pairs. */
export function asMap(r: QuizResponse | undefined): Record<string, string> {
  return r && typeof r === 'object' && !Array.isArray(r) ? r : {}
}
/** A response as the set of chosen option ids (single, true/false, select-all). */
export const asChosen = (r: QuizResponse | undefined): Set<string> => new Set(typeof r === 'string' ? [r] : asList(r))

/** True when the response is complete enough to check. */
export function isAnswered(q: QuizQuestion, r: QuizResponse | undefined): boolean {
  const ids = q.options.map(o => o.id)
  switch (q.type) {
    case 'single':
    case 'truefalse':
      return typeof r === 'string' && ids.includes(r)
    case 'multiple':
      return asList(r).some(x => ids.includes(x))
    case 'ordering': {
      const list = asList(r)
      return list.length === ids.length && ids.every(x => list.includes(x))
    }
    case 'matching': {
      const map = asMap(r)
      const targets = q.targets.map(t => t.id)
      return ids.every(x => targets.includes(map[x] ?? ''))
    }
  }
}

/** Score from 0 to 1; 0 for an unanswered question. */
export function scoreQuestion(q: QuizQuestion, r: QuizResponse | undefined): number {
  if (!isAnswered(q, r))
    return 0
  switch (q.type) {
    case 'single':
    case 'truefalse':
      return r === q.correct ? 1 : 0
    case 'multiple': {
      const chosen = new Set(asList(r))
      const right = q.correct.filter(x => chosen.has(x)).length
      const wrong = [...chosen].filter(x => !q.correct.includes(x)).length
      return Math.max(0, (right - wrong) / q.correct.length)
    }
    case 'ordering': {
      const list = asList(r)
      return q.correct.filter((x, i) => list[i] === x).length / q.correct.length
    }
    case 'matching': {
      const map = asMap(r)
      const ids = Object.keys(q.correct)
      return ids.filter(x => map[x] === q.correct[x]).length / ids.length
    }
  }
}

/** The response that scores 1, used by "Show solution" and the answer key. */
export function solutionOf(q: QuizQuestion): QuizResponse {
  switch (q.type) {
    case 'single':
    case 'truefalse':
      return q.correct
    case 'multiple':
    case 'ordering':
      return [...q.correct]
    case 'matching':
      return { ...q.correct }
  }
}

/**
 * The one rule for "is this option right?": for single, true/false and select-all, whether the option is
 * part of the right answer (the response is not needed); for ordering and matching, whether the response
 * puts that item in its right place or pairs it with its right target.
 */
export function isOptionCorrect(q: QuizQuestion, r: QuizResponse | undefined, optionId: string): boolean {
  switch (q.type) {
    case 'single':
    case 'truefalse':
      return q.correct === optionId
    case 'multiple':
      return q.correct.includes(optionId)
    case 'ordering':
      return asList(r).indexOf(optionId) === q.correct.indexOf(optionId)
    case 'matching':
      return asMap(r)[optionId] === q.correct[optionId]
  }
}

/** The options whose explanations say why the key is the key: the right option(s) of a choice question, every item of an ordering or matching one. */
export function keyOptions(q: QuizQuestion) {
  return q.type === 'ordering' || q.type === 'matching' ? q.options : q.options.filter(o => isOptionCorrect(q, undefined, o.id))
}

/** A score or a number of points to two decimals, as shown to people and reported to an LMS. */
export const round2 = (n: number) => Math.round(n * 100) / 100

/** "3", "3.5" or "2.33": scores shown to people, never with trailing zeros. */
export function formatScore(n: number): string {
  return String(round2(n))
}

/** The mastery score when nobody sets one (the SCORM package's `--mastery`), as a share of the bank's points. */
export const DEFAULT_MASTERY_PERCENT = 70

/** A mastery percentage as points over a bank of `questions` questions, one point each (25.9 for 70 % of 37). */
export const masteryPoints = (percent: number, questions: number) => round2(percent * questions / 100)

/** Question types the room can vote on in a seminar: a histogram of options says it all. */
export const VOTABLE_TYPES: ReadonlyArray<QuizQuestion['type']> = ['single', 'truefalse', 'multiple']

export const isVotable = (q: QuizQuestion) => VOTABLE_TYPES.includes(q.type)

/** A, B, C … for worksheet and answer-key lettering. */
export function letter(index: number): string {
  return String.fromCharCode(65 + index)
}

/** The right answer in words, one item per option in the answer: "B. Energy", "1. Crimea", "Sanctions → Russia". */
export function solutionItems(q: QuizQuestion): string[] {
  const text = (id: string) => q.options.find(o => o.id === id)?.text ?? id
  const lettered = (id: string) => `${letter(q.options.findIndex(o => o.id === id))}. ${text(id)}`
  switch (q.type) {
    case 'single':
    case 'truefalse':
      return [lettered(q.correct)]
    case 'multiple':
      return q.correct.map(lettered)
    case 'ordering':
      return q.correct.map((id, i) => `${i + 1}. ${text(id)}`)
    case 'matching':
      return q.options.map(o => `${o.text} → ${q.targets.find(t => t.id === q.correct[o.id])?.text ?? ''}`)
  }
}

/** The right answer on one line, e.g. "B. Energy" or "1. Crimea → 2. Sochi", for notes and the answer key. */
export function describeSolution(q: QuizQuestion): string {
  return solutionItems(q).join(q.type === 'ordering' ? ' → ' : '; ')
}
