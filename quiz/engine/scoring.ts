/**
 * Scoring for every question type, through the question-kind registry (`kinds/`): a score is a number from
 * 0 to 1; an unanswered question scores 0 and can't be checked. The engine also owns the bank's totals
 * and the mastery score.
 *
 * Usage: `if (isAnswered(q, r)) score = scoreQuestion(q, r)`
 */

import type { QuizOption, QuizQuestion, QuizResponse } from './types'
import { kindOf, kinds } from './kinds'

export { asChosen, asList, asMap, letter } from './kinds/shared'

/** The rule shown on screen under every select-all-that-apply question. */
export const PARTIAL_CREDIT_RULE
  = 'Right ones add, wrong ones subtract (never below zero).'

/** True when the response is complete enough to check. */
export const isAnswered = (q: QuizQuestion, r: QuizResponse | undefined): boolean => kindOf(q).answered(q, r)

/** Score from 0 to 1; 0 for an unanswered question. */
export function scoreQuestion(q: QuizQuestion, r: QuizResponse | undefined): number {
  return r !== undefined && isAnswered(q, r) ? kindOf(q).score(q, r) : 0
}

/** The response that scores 1, used by "Show solution" and the answer key. */
export const solutionOf = (q: QuizQuestion): QuizResponse => kindOf(q).solution(q)

/** Whether the option is part of the key (every item of an ordering or matching question is, in its place). */
export const isKeyOption = (q: QuizQuestion, optionId: string): boolean => kindOf(q).inKey(q, optionId)

/**
 * The one rule for "is this option right?": for single, true/false and select-all, whether the option is
 * part of the key (the response is not needed); for ordering and matching, whether the response
 * puts that item in its right place or pairs it with its right target.
 */
export const isOptionRight = (q: QuizQuestion, r: QuizResponse | undefined, optionId: string): boolean => kindOf(q).optionRight(q, r, optionId)

/** The options whose explanations say why the key is the key: the key option(s) of a choice question, every item of an ordering or matching one. */
export const keyOptions = (q: QuizQuestion): QuizOption[] => q.options.filter(o => isKeyOption(q, o.id))

/** The key options' ids in display order (for phones once voting is closed). */
export const keyOptionIds = (q: QuizQuestion): string[] => keyOptions(q).map(o => o.id)

/** A score or a number of points to two decimals, as shown to people and reported to an LMS. */
export const round2 = (n: number) => Math.round(n * 100) / 100

/** "3", "3.5" or "2.33": scores shown to people, never with trailing zeros. */
export function formatScore(n: number): string {
  return String(round2(n))
}

/** The points a set of questions is worth: one each. The store, the SCORM summary and the package's mastery count them here. */
export const totalPoints = (questions: readonly QuizQuestion[]) => questions.length

/** The mastery score when nobody sets one (the SCORM package's `--mastery`), as a share of the bank's points. */
export const DEFAULT_MASTERY_PERCENT = 70

/** A mastery percentage as points over a bank worth `points` (25.9 for 70 % of 37 points). */
export const masteryPoints = (percent: number, points: number) => round2(percent * points / 100)

/** Question types the room can vote on in a seminar: a histogram of options says it all. */
export const VOTABLE_TYPES: ReadonlyArray<QuizQuestion['type']> = (Object.keys(kinds) as QuizQuestion['type'][]).filter(t => kinds[t].votable)

export const isVotable = (q: QuizQuestion) => kindOf(q).votable

/** Whether a learner may choose several options (checkboxes, a phone's Send button). */
export const choosesMany = (q: QuizQuestion) => kindOf(q).select === 'many'

/** A vote's chosen option ids as the response the quiz scores (one id, or a list for select-all). */
export function responseOfChoices(q: QuizQuestion, optionIds: readonly string[]): QuizResponse | undefined {
  return choosesMany(q) ? [...optionIds] : optionIds[0]
}

/** Whether a vote's chosen options are the whole key: the room's tally, its record and a phone's verdict all judge by this. */
export const choicesRight = (q: QuizQuestion, optionIds: readonly string[]): boolean => scoreQuestion(q, responseOfChoices(q, optionIds)) === 1

/** The right answer in words, one item per option in the answer: "B. Energy", "1. Crimea", "Sanctions → Russia". */
export const solutionItems = (q: QuizQuestion): string[] => kindOf(q).solutionItems(q)

/** The right answer on one line, e.g. "B. Energy" or "1. Crimea → 2. Sochi", for notes and the answer key. */
export const describeSolution = (q: QuizQuestion): string => solutionItems(q).join(kindOf(q).solutionJoin)
