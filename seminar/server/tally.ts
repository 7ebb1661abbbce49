/**
 * Live-vote counting for seminars, kept on the server: one ballot per voter per question and round, changeable
 * while the round is open, refused during the discussion and once voting on the question is closed. Peer
 * instruction's rounds: round 1, the discussion, round 2, which begins with every round-1 ballot carried over
 * (a phone keeps its answer unless it changes it); once round 2 has opened, round 1 never reopens. Each ballot may carry the voter's confidence. Plain
 * TypeScript, no I/O. "Votable" is a property of a question type: single choice, true/false and select-all.
 *
 * Usage: `const t = createTally(questions)`; `t.vote(voterId, parseBallot(body, questions))`; `t.step(id, 'round2')`; `t.close(id)`; `t.snapshot(id)`
 */

import type { QuizQuestion } from '../../quiz/engine/types'
import type { Confidence, QuestionTally, RoundTally, Step } from '../protocol'
import { choicesRight, choosesMany, isVotable } from '../../quiz/engine/scoring'
import { CONFIDENCES, STEPS } from '../protocol'

export const MAX_BODY_BYTES = 1024

/** What a phone sends: the question, the chosen option ids (exactly one unless select-all), how sure it is, and the round it answers. */
export interface Ballot {
  questionId: string
  optionIds: string[]
  confidence?: Confidence
  /** The round the phone saw open; left out, the round open now. */
  round?: 1 | 2
}

/** One voter's ballot in one round. */
export interface Vote {
  o: string[]
  c?: Confidence
}

/** Checks a raw ballot; returns it or a reason it was refused (ids are checked against the bank, so no markup gets through). */
export function parseBallot(raw: unknown, questions: ReadonlyMap<string, QuizQuestion>): Ballot | { error: string } {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    return { error: 'body must be a JSON object' }
  const { questionId, optionIds, confidence, round, ...rest } = raw as Record<string, unknown>
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
  if (confidence !== undefined && confidence !== null && !CONFIDENCES.includes(confidence as Confidence))
    return { error: 'unknown confidence' }
  if (round !== undefined && round !== 1 && round !== 2)
    return { error: 'unknown round' }
  // Kept in display order, whatever order the phone sent them in.
  return {
    questionId: q.id,
    optionIds: q.options.map(o => o.id).filter(id => unique.includes(id)),
    ...confidence ? { confidence: confidence as Confidence } : {},
    ...round ? { round } : {},
  }
}

/** Why a ballot was not counted: the question is not the open one, its voting is closed, the room is discussing, or the phone answered a round that is over. */
export type Refusal = 'closed' | 'not-open' | 'discuss' | 'other-round'

export const isStep = (s: unknown): s is Step => STEPS.includes(s as Step)

/** A question's whole state: each round's ballots, the step it is at, whether its voting is closed. */
export interface QuestionState {
  rounds: Map<string, Vote>[]
  step: Step
  closed: boolean
}

const copyState = (e: QuestionState): QuestionState => ({ rounds: e.rounds.map(r => new Map(r)), step: e.step, closed: e.closed })

/** The round a step takes ballots for: round 1 until round 2 opens; none during the discussion. */
const roundOf = (step: Step) => step === 'round2' ? 2 : 1

export function createTally(questions: ReadonlyMap<string, QuizQuestion>) {
  const state = new Map<string, QuestionState>()
  const entry = (id: string) => {
    let e = state.get(id)
    if (!e)
      state.set(id, e = { rounds: [new Map()], step: 'round1', closed: false })
    return e
  }

  function roundTally(q: QuizQuestion, votes: Map<string, Vote> | undefined): RoundTally {
    const counts = Object.fromEntries(q.options.map(o => [o.id, 0]))
    const byConfidence = { guess: { voters: 0, right: 0 }, fair: { voters: 0, right: 0 }, sure: { voters: 0, right: 0 }, none: { voters: 0, right: 0 } }
    let right = 0
    for (const { o, c } of votes?.values() ?? []) {
      for (const optionId of o) counts[optionId] = (counts[optionId] ?? 0) + 1
      const ok = choicesRight(q, o)
      right += ok ? 1 : 0
      const bucket = byConfidence[c ?? 'none']
      bucket.voters += 1
      bucket.right += ok ? 1 : 0
    }
    return { counts, voters: votes?.size ?? 0, right, byConfidence }
  }

  function snapshot(id: string): QuestionTally & { byConfidence: RoundTally['byConfidence'], step: Step, rounds: RoundTally[] } {
    const q = questions.get(id)!
    const e = state.get(id)
    const rounds = (e?.rounds ?? [new Map<string, Vote>()]).map(r => roundTally(q, r))
    const last = rounds.at(-1)!
    const out = { questionId: id, ...last, closed: e?.closed ?? false, step: e?.step ?? 'round1', rounds }
    if (e?.rounds.length !== 2)
      return out
    const moved = { wrongToRight: 0, rightToWrong: 0, stayedRight: 0, stayedWrong: 0 }
    for (const [voter, first] of e.rounds[0]!) {
      const second = e.rounds[1]!.get(voter)
      if (!second)
        continue
      const [a, b] = [choicesRight(q, first.o), choicesRight(q, second.o)]
      moved[a ? (b ? 'stayedRight' : 'rightToWrong') : (b ? 'wrongToRight' : 'stayedWrong')] += 1
    }
    return { ...out, moved }
  }

  return {
    snapshot,
    /** Records or changes a ballot in the round open now; refused once the question's voting is closed, during the discussion, and for a round that is over. */
    vote(voterId: string, b: Ballot): true | Refusal {
      const e = entry(b.questionId)
      if (e.closed)
        return 'closed'
      if (e.step === 'discuss')
        return 'discuss'
      const round = roundOf(e.step)
      if (b.round !== undefined && b.round !== round)
        return 'other-round'
      e.rounds[round - 1]!.set(voterId, b.confidence ? { o: b.optionIds, c: b.confidence } : { o: b.optionIds })
      return true
    },
    /** The round a question takes ballots in now (1 or 2), or undefined during the discussion. */
    roundOf: (id: string): 1 | 2 | undefined => {
      const step = state.get(id)?.step ?? 'round1'
      return step === 'discuss' ? undefined : roundOf(step)
    },
    stepOf: (id: string): Step => state.get(id)?.step ?? 'round1',
    /** How many rounds a question has held: 1, or 2 once round 2 opened. */
    roundsHeld: (id: string) => state.get(id)?.rounds.length ?? 1,
    /** A voter's ballot in a round (the last one held, by default). */
    ballotOf: (voterId: string, questionId: string, round?: number): Vote | undefined => {
      const e = state.get(questionId)
      return e?.rounds[(round ?? e.rounds.length) - 1]?.get(voterId)
    },
    /** Puts back a voter's earlier ballot in a round (or none), undoing a vote. */
    restoreBallot(voterId: string, questionId: string, round: number, vote: Vote | undefined) {
      const votes = entry(questionId).rounds[round - 1]
      if (!votes)
        return
      if (vote)
        votes.set(voterId, vote)
      else votes.delete(voterId)
    },
    /**
     * Moves a question to a step. Opening round 2 for the first time carries every round-1 ballot over (unless
     * `carry` is false: the compacted journal writes round 2's ballots itself); later it keeps round 2 as it is.
     * Once round 2 has opened, round 1 is over for good: a step back to it changes nothing (returns false), so no
     * phone changes its round-1 answer after the discussion. Only a reset starts the question over at round 1.
     */
    step(id: string, step: Step, carry = true): boolean {
      const e = entry(id)
      if (step === 'round1' && e.rounds.length === 2)
        return false
      e.step = step
      if (step === 'round2' && e.rounds.length === 1)
        e.rounds.push(carry ? new Map(e.rounds[0]) : new Map())
      return true
    },
    /** A copy of a question's whole state, and putting it back: undoing a vote, a step, a close or a reset. */
    saved: (id: string) => {
      const e = state.get(id)
      return e && copyState(e)
    },
    restore(id: string, saved: QuestionState | undefined) {
      if (saved)
        state.set(id, copyState(saved))
      else state.delete(id)
    },
    /** Each round's ballots, in order. */
    ballots: (questionId: string): [voterId: string, vote: Vote][][] => (state.get(questionId)?.rounds ?? []).map(r => [...r]),
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
