/**
 * Live-vote counting for seminars, kept on the server: one ballot per voter per question, changeable
 * while the question is open, refused once voting on it is closed. Plain TypeScript, no I/O.
 * "Votable" is a property of a question type: single choice, true/false and select-all.
 *
 * Usage: `const t = createTally(questions)`; `t.vote(voterId, parseBallot(body, questions))`; `t.close(id)`; `t.snapshot(id)`
 */

import type { QuizQuestion } from '../../quiz/engine/types'
import type { QuestionTally } from '../protocol'
import { choosesMany, isVotable, responseOfChoices, scoreQuestion } from '../../quiz/engine/scoring'

export const MAX_BODY_BYTES = 1024

/** What a phone sends: the question and the chosen option ids (exactly one unless select-all). */
export interface Ballot {
  questionId: string
  optionIds: string[]
}

/** Checks a raw ballot; returns it or a reason it was refused (ids are checked against the bank, so no markup gets through). */
export function parseBallot(raw: unknown, questions: ReadonlyMap<string, QuizQuestion>): Ballot | { error: string } {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    return { error: 'body must be a JSON object' }
  const { questionId, optionIds, ...rest } = raw as Record<string, unknown>
  if (Object.keys(rest).length)
    return { error: 'unexpected fields' }
  const q = typeof questionId === 'string' ? questions.get(questionId) : undefined
  if (!q || !isVotable(q))
    return { error: 'unknown question' }
  if (!Array.isArray(optionIds) || !optionIds.length || optionIds.some(id => typeof id !== 'string' || !q.options.some(o => o.id === id)))
    return { error: 'unknown option' }
  const unique = [...new Set(optionIds as string[])]
  if (!choosesMany(q) && unique.length !== 1)
    return { error: 'choose exactly one option' }
  // Kept in display order, whatever order the phone sent them in.
  return { questionId: q.id, optionIds: q.options.map(o => o.id).filter(id => unique.includes(id)) }
}

/** Why a ballot was not counted: the question is not the open one, or its voting is closed. */
export type Refusal = 'closed' | 'not-open'

export function createTally(questions: ReadonlyMap<string, QuizQuestion>) {
  const state = new Map<string, { votes: Map<string, string[]>, closed: boolean }>()
  const entry = (id: string) => {
    let e = state.get(id)
    if (!e)
      state.set(id, e = { votes: new Map(), closed: false })
    return e
  }

  function snapshot(id: string): QuestionTally {
    const q = questions.get(id)!
    const e = state.get(id)
    const counts = Object.fromEntries(q.options.map(o => [o.id, 0]))
    let right = 0
    for (const chosen of e?.votes.values() ?? []) {
      for (const optionId of chosen) counts[optionId] = (counts[optionId] ?? 0) + 1
      if (scoreQuestion(q, responseOfChoices(q, chosen)) === 1)
        right += 1
    }
    return { questionId: id, counts, voters: e?.votes.size ?? 0, right, closed: e?.closed ?? false }
  }

  return {
    snapshot,
    /** Records or changes a ballot; refused once the question's voting is closed. */
    vote(voterId: string, b: Ballot): true | Refusal {
      const e = entry(b.questionId)
      if (e.closed)
        return 'closed'
      e.votes.set(voterId, b.optionIds)
      return true
    },
    ballotOf: (voterId: string, questionId: string): string[] | undefined => state.get(questionId)?.votes.get(voterId),
    /** Puts back a voter's earlier ballot (or none), undoing a vote. */
    restoreBallot(voterId: string, questionId: string, optionIds: string[] | undefined) {
      if (optionIds)
        entry(questionId).votes.set(voterId, optionIds)
      else state.get(questionId)?.votes.delete(voterId)
    },
    /** A copy of a question's whole state, and putting it back: undoing a close or a reset. */
    saved: (id: string) => {
      const e = state.get(id)
      return e && { votes: new Map(e.votes), closed: e.closed }
    },
    restore(id: string, saved: { votes: Map<string, string[]>, closed: boolean } | undefined) {
      if (saved)
        state.set(id, { votes: new Map(saved.votes), closed: saved.closed })
      else state.delete(id)
    },
    ballots: (questionId: string): [voterId: string, optionIds: string[]][] => [...state.get(questionId)?.votes ?? []],
    isClosed: (id: string) => state.get(id)?.closed === true,
    close(id: string) {
      entry(id).closed = true
    },
    reset(id: string) {
      state.delete(id)
    },
    all(): QuestionTally[] {
      return Array.from(state.keys(), snapshot)
    },
  }
}

export type Tally = ReturnType<typeof createTally>
