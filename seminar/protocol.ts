/**
 * What the seminar's server and the deck's client say to each other, in one place both sides import:
 * plain types and pure functions, no I/O, so it runs in Node and in the browser alike.
 *
 * Usage: `import type { QuestionTally } from '../protocol'`; `shareRight(tally)`
 */

/**
 * What the presenter's server adds to the head of every page of the deck it serves, and nothing else does:
 * the deck reads it at runtime to know that a seminar is live (seminar/client), so one build serves both
 * a static host and a seminar.
 */
export const SEMINAR_MARK = '<meta name="deck-seminar" content="live">'

/** The room's votes on one question, as the server counts them and the deck's tabs show them. */
export interface QuestionTally {
  questionId: string
  /** Option id → number of voters who chose it. Every option is present, zero or not. */
  counts: Record<string, number>
  voters: number
  /** Voters whose whole answer is right (a score of 1 by the quiz's own scoring). */
  right: number
  closed: boolean
}

/** Share right as a whole percentage, undefined when nobody voted. */
export const shareRight = (t: Pick<QuestionTally, 'voters' | 'right'> | undefined) => t?.voters ? Math.round((t.right / t.voters) * 100) : undefined

/** The share of voters who chose an option, 0–100, for the length of its bar: one scale for every option. */
export const optionShare = (t: Pick<QuestionTally, 'voters' | 'counts'> | undefined, optionId: string) => t?.voters ? Math.min(100, ((t.counts[optionId] ?? 0) / t.voters) * 100) : 0
