/**
 * Live-vote counting for seminars, kept on the server: one vote per voter per question, changeable
 * until the presenter reveals the answer. Plain TypeScript, no I/O: the Vite plugin feeds it and saves it.
 *
 * Usage: `const t = createTally(questions)`; `t.vote(parseVote(body, questions))`; `t.reveal(id)`; `t.snapshot(id)`
 */
import type { QuizQuestion } from '../quiz/engine/types'

/** Question types the room can vote on: one answer each, so a histogram of options says it all. */
export const LIVE_TYPES: ReadonlyArray<QuizQuestion['type']> = ['single', 'truefalse']

export const MAX_BODY_BYTES = 1024
/** The Vite websocket event that carries a question's tally to the deck. */
export const TALLY_EVENT = 'seminar:tally'
const VOTER_ID = /^[A-Za-z0-9_-]{8,64}$/

export interface Vote {
  questionId: string
  optionId: string
  voterId: string
}

export interface QuestionTally {
  questionId: string
  /** Option id → number of voters. Every option is present, zero or not. */
  counts: Record<string, number>
  voters: number
  revealed: boolean
}

export type SavedTallies = Record<string, { votes: Record<string, string>, revealed: boolean }>

export const isLive = (q: QuizQuestion) => LIVE_TYPES.includes(q.type)

/** Checks a raw vote body; returns the vote or a reason it was refused (no HTML ever gets through: ids are checked against the bank). */
export function parseVote(raw: unknown, questions: ReadonlyMap<string, QuizQuestion>): Vote | { error: string } {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { error: 'body must be a JSON object' }
  const { questionId, optionId, voterId, ...rest } = raw as Record<string, unknown>
  if (Object.keys(rest).length) return { error: 'unexpected fields' }
  if (typeof voterId !== 'string' || !VOTER_ID.test(voterId)) return { error: 'voterId must be 8 to 64 letters, digits, - or _' }
  const q = typeof questionId === 'string' ? questions.get(questionId) : undefined
  if (!q || !isLive(q)) return { error: 'unknown question' }
  if (typeof optionId !== 'string' || !q.options.some(o => o.id === optionId)) return { error: 'unknown option' }
  return { questionId: q.id, optionId, voterId }
}

export function createTally(questions: ReadonlyMap<string, QuizQuestion>, saved: SavedTallies = {}) {
  const state = new Map<string, { votes: Map<string, string>, revealed: boolean }>()
  for (const [id, s] of Object.entries(saved)) {
    if (questions.has(id)) state.set(id, { votes: new Map(Object.entries(s.votes)), revealed: s.revealed })
  }
  const entry = (id: string) => {
    let e = state.get(id)
    if (!e) state.set(id, e = { votes: new Map(), revealed: false })
    return e
  }

  function snapshot(id: string): QuestionTally {
    const q = questions.get(id)!
    const e = state.get(id)
    const counts = Object.fromEntries(q.options.map(o => [o.id, 0]))
    for (const optionId of e?.votes.values() ?? []) counts[optionId] = (counts[optionId] ?? 0) + 1
    return { questionId: id, counts, voters: e?.votes.size ?? 0, revealed: e?.revealed ?? false }
  }

  return {
    snapshot,
    /** Records or changes a vote; false once the answer is revealed. */
    vote(v: Vote): boolean {
      const e = entry(v.questionId)
      if (e.revealed) return false
      e.votes.set(v.voterId, v.optionId)
      return true
    },
    reveal(id: string) {
      entry(id).revealed = true
    },
    reset(id: string) {
      state.delete(id)
    },
    all(): QuestionTally[] {
      return [...state.keys()].map(snapshot)
    },
    toJSON(): SavedTallies {
      return Object.fromEntries([...state].map(([id, e]) => [id, { votes: Object.fromEntries(e.votes), revealed: e.revealed }]))
    },
  }
}

export type Tally = ReturnType<typeof createTally>
