/**
 * What a question shows in each view, as plain rules the components render:
 * - `open`: being answered; no marks, no explanations.
 * - `checked`: after Check, only what the learner chose is marked (right or wrong) and explained. Unchosen
 *   options stay unmarked, so Check never gives the solution away and Try again still means something.
 *   Ordering and matching items are all placed by the learner: each is marked, and only the items placed
 *   right are explained (an item's explanation tells where it belongs).
 * - `solution`: after Show solution (or the presenter's reveal), everything: the right answer marked as
 *   the key, and every option's explanation. Shown to a room (`presenting`, a seminar's projector), the
 *   solution explains the key alone: the room sees the answer, why, and the article passage, with its votes
 *   beside them on one screen, and the presenter speaks to the wrong options.
 *
 * Usage: `markOf(q, response, optionId, 'checked')`; `explained(q, response, 'solution')`; `verdictOf(...)`
 */

import type { QuizQuestion, QuizResponse } from './types'
import { kindOf } from './kinds'
import { asChosen, formatScore, isKeyOption, isOptionRight } from './scoring'

export type QuizView = 'open' | 'checked' | 'solution'

/** `right`/`wrong`: the learner's choice after Check; `key`: part of the right answer, when the solution shows. */
export type QuizMarkKind = 'right' | 'wrong' | 'key'

const placed = (q: QuizQuestion) => kindOf(q).select === 'place'

/** The mark on one option (or item) in this view; undefined for an unmarked one. */
export function markOf(q: QuizQuestion, r: QuizResponse | undefined, optionId: string, view: QuizView): QuizMarkKind | undefined {
  if (view === 'open')
    return undefined
  if (view === 'solution')
    return isKeyOption(q, optionId) ? 'key' : undefined
  if (!placed(q) && !asChosen(r).has(optionId))
    return undefined
  return isOptionRight(q, r, optionId) ? 'right' : 'wrong'
}

/** Whether the option's explanation shows in this view; `presenting`: shown to a room, where the solution explains the key alone. */
export function isExplained(q: QuizQuestion, r: QuizResponse | undefined, optionId: string, view: QuizView, presenting = false): boolean {
  if (view === 'solution')
    return !presenting || isKeyOption(q, optionId)
  if (view === 'open')
    return false
  return placed(q) ? isOptionRight(q, r, optionId) : asChosen(r).has(optionId)
}

/** For a checked question with several parts: "2 of 3 right choices, 1 wrong", "2 of 4 in the right place". */
export const choiceSummary = (q: QuizQuestion, r: QuizResponse | undefined): string | undefined => kindOf(q).summary(q, r)

export interface Verdict {
  /** Enumerated, for styling: `correct`, `partly`, `wrong` or `solution`. */
  kind: 'correct' | 'partly' | 'wrong' | 'solution'
  icon: string
  text: string
  /** What was right and wrong, for questions with several parts. */
  detail?: string
}

/** The verdict line after Check, or the note after Show solution. */
export function verdictOf(q: QuizQuestion, r: QuizResponse | undefined, view: Exclude<QuizView, 'open'>, score: number, revealedOnly = false): Verdict {
  if (view === 'solution') {
    return revealedOnly
      ? { kind: 'solution', icon: '★', text: 'The answer' }
      : { kind: 'solution', icon: '★', text: 'Solution shown: no points this time' }
  }
  const detail = choiceSummary(q, r)
  if (score >= 1)
    return { kind: 'correct', icon: '✓', text: 'Correct', detail }
  if (score > 0)
    return { kind: 'partly', icon: '◐', text: `Partly correct: ${formatScore(score)} of 1 point`, detail }
  return { kind: 'wrong', icon: '✗', text: 'Not quite', detail }
}
