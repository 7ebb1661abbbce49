/**
 * What the deck asks of a question type, in one interface: each type answers it in its own module
 * (`single.ts`, `multiple.ts`, `truefalse.ts`, `ordering.ts`, `matching.ts`), and `index.ts` collects them
 * with `satisfies`, so a new type does not compile until every part exists. Build-only parts (the schema's
 * rules, Moodle XML) have their own table in `quiz/bank/`, out of the learner's bundle.
 *
 * Usage: `kindOf(q).score(q, response)` (from `./index`)
 */

import type { MatchTarget, QuestionType, QuizQuestion, QuizResponse } from '../types'

/** The question of one type: `QuestionOf<'matching'>` is a `MatchingQuestion`. */
export type QuestionOf<T extends QuestionType> = Extract<QuizQuestion, { type: T }>

/** What earlier questions of a section took, so a later one's display order balances around them. */
export interface OrderContext {
  /** How many single-choice and true/false keys sit at each position so far. */
  keys: number[]
  /** The same keys counted from the last option back (0: the last), so that "always the last option" gains nothing either. */
  fromEnd: number[]
  /** Ordering scrambles already used in the section. */
  used: Set<string>
}

export interface QuestionKind<Q extends QuizQuestion> {
  /**
   * How a learner answers: `one` option (radios), `many` options (checkboxes, partial credit), or `place`
   * every item (an order, a pairing), where every item is marked and only the ones placed right explained.
   */
  select: 'one' | 'many' | 'place'
  /** Whether a seminar's room can vote on it: a histogram of options says it all. */
  votable: boolean
  /** True when the response is complete enough to check. */
  answered: (q: Q, r: QuizResponse | undefined) => boolean
  /** Score from 0 to 1 of an answered response. */
  score: (q: Q, r: QuizResponse) => number
  /** The response that scores 1: "Show solution", the presenter's reveal, the answer key. */
  solution: (q: Q) => QuizResponse
  /** Whether the option is part of the key (for `place` types every item is, in its place). */
  inKey: (q: Q, optionId: string) => boolean
  /** Whether the response gets this option right: chose a key option, or put the item in its place. */
  optionRight: (q: Q, r: QuizResponse | undefined, optionId: string) => boolean
  /** What a checked multi-part answer got right and wrong ("2 of 4 in the right place"), if it has parts. */
  summary: (q: Q, r: QuizResponse | undefined) => string | undefined
  /** The key in words, one item per part: "B. Energy", "1. Crimea", "Sanctions → Russia". */
  solutionItems: (q: Q) => string[]
  /** What joins `solutionItems` on one line. */
  solutionJoin: string
  /** The targets items are paired with (matching), or none. */
  targets: (q: Q) => readonly MatchTarget[]
  /** The position of a key the display order cannot move (True before False), if any. */
  fixedKey: (q: Q) => number | undefined
  /** The question with its options (and targets) in display order; `taken` carries what earlier ones took. */
  order: (q: Q, taken: OrderContext) => Q
  /** A response in a few characters for an LMS's suspend data ('' for none); `decode` reads it back or gives undefined. */
  encode: (q: Q, r: QuizResponse | undefined) => string
  decode: (q: Q, text: string) => QuizResponse | undefined
  /** The printed worksheet: its instruction, and what stands before each option (a letter, or a blank to fill in). */
  worksheet: { hint: string, marker: 'letter' | 'blank' }
  /** What a mark on an option is about, for screen readers (QuizMark's `subject`). */
  mark: 'choice' | 'place' | 'pair'
}
