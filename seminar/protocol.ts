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

/** How sure a phone says it is, with its answer: one optional tap. A vote without it still counts. */
export type Confidence = 'guess' | 'fair' | 'sure'
export const CONFIDENCES: readonly Confidence[] = ['guess', 'fair', 'sure']
/** The words on the phone's buttons and in the presenter view and the report. */
export const CONFIDENCE_WORDS: Record<Confidence | 'none', string> = { guess: 'guessing', fair: 'fairly sure', sure: 'sure', none: 'not said' }

/**
 * Where a question is in peer instruction, before its reveal: round 1 (each reader alone, blind), the discussion
 * ("Convince your neighbour": no voting, no result), round 2 (blind again; each phone's round-1 answer stands
 * until it changes it). The reveal closes the question (`closed`).
 */
export type Step = 'round1' | 'discuss' | 'round2'
export const STEPS: readonly Step[] = ['round1', 'discuss', 'round2']

/** One round's votes. */
export interface RoundTally {
  /** Option id → number of voters who chose it. Every option is present, zero or not. */
  counts: Record<string, number>
  voters: number
  /** Voters whose whole answer is right (a score of 1 by the quiz's own scoring). */
  right: number
  /** Voters and right answers by the confidence they gave ('none': no tap). */
  byConfidence: Record<Confidence | 'none', { voters: number, right: number }>
}

/**
 * The room's votes on one question, as the server counts them and the deck's tabs show them: `counts`, `voters`
 * and `right` are the last round held (round 2 once it opened), `rounds` each round in order.
 */
export interface QuestionTally extends Omit<RoundTally, 'byConfidence'> {
  questionId: string
  closed: boolean
  /** The last round's votes by confidence (the server always sends them). */
  byConfidence?: RoundTally['byConfidence']
  /** Round 1 until the presenter steps on (the server always sends it). */
  step?: Step
  /** Round 1, then round 2 once it opened (the server always sends them). */
  rounds?: RoundTally[]
  /** Devices that voted in both rounds: how their answer moved from round 1 to round 2 (once round 2 opened). */
  moved?: { wrongToRight: number, rightToWrong: number, stayedRight: number, stayedWrong: number }
}

/** Peer instruction's band: discuss when between 30% and 70% of round 1 is right. */
export const DISCUSS_BAND = { low: 30, high: 70 } as const

/**
 * What the presenter view suggests after round 1, from its share right: below the band, go back over the Review
 * slide (too few to convince anyone); inside it, discuss; above it, reveal (most already know).
 */
export function suggestion(share: number | undefined): 'review' | 'discuss' | 'reveal' | undefined {
  if (share === undefined)
    return undefined
  return share < DISCUSS_BAND.low ? 'review' : share > DISCUSS_BAND.high ? 'reveal' : 'discuss'
}

/** Share right as a whole percentage, undefined when nobody voted. */
export const shareRight = (t: Pick<QuestionTally, 'voters' | 'right'> | undefined) => t?.voters ? Math.round((t.right / t.voters) * 100) : undefined

/** The share of voters who chose an option, 0–100, for the length of its bar: one scale for every option. */
export const optionShare = (t: Pick<QuestionTally, 'voters' | 'counts'> | undefined, optionId: string) => t?.voters ? Math.min(100, ((t.counts[optionId] ?? 0) / t.voters) * 100) : 0

/** Slidev's presenter timer (its shared state), as the presenter view reports it. */
export interface TimerState { status: 'stopped' | 'running' | 'paused', startedAt: number, pausedAt: number }

/**
 * Where the presenter view is, as it reports it to the seminar server for the conductor phone
 * (seminar/client/conductor.ts sends it, seminar/server/conductor.ts `parsePosition` checks it again).
 */
export interface DeckPosition {
  no: number
  total: number
  clicks: number
  clicksTotal: number
  title: string
  /** The slide → leads to (slides for a reader alone passed over), its title and its question; null on the last slide. */
  nextNo: number | null
  nextTitle: string | null
  nextQuestionId: string | null
  /** The current slide's speaker notes, as written (plain text with light markdown). */
  notes: string
  /** The quiz question on the current slide, if any. */
  questionId: string | null
  /** Names of the current slide's click steps, index = click count, when the slide gives them. */
  stepNames: string[] | null
  timer: TimerState
  /** The talk's length (Slidev's `duration`), for the timer's colour. */
  durationMs: number
}
