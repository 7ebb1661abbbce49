/**
 * The room's state: voters, the open question, ballots and closed questions. Every change is an entry,
 * applied in memory by the same `apply` that replays the journal on start, then written to the journal;
 * its caller (the phone) hears back only once it is on disk. The deck's histogram moves as soon as the
 * entry is applied; if the disk refuses the entry, it and every entry applied after it are undone, in
 * reverse order, so memory always ends up equal to what a restart would rebuild.
 *
 * Peer instruction's rounds are entries too: `step` moves a question to round 1, the discussion or round 2, and each
 * vote names the round it counts in (`r`; a journal from before rounds has none: round 1), with the voter's
 * confidence when it gave one (`c`).
 *
 * Usage: `const room = createRoom({ questions, journal, votersPerAddress: 4, onChange })`; `await room.vote(voterId, ballot)`; `await room.setStep(id, 'discuss')`
 */

import type { QuizQuestion } from '../../quiz/engine/types'
import type { Confidence, Step } from '../protocol'
import type { Journal } from './journal'
import type { Ballot, Refusal } from './tally'
import { randomBytes } from 'node:crypto'
import { isVotable } from '../../quiz/engine/scoring'
import { CONFIDENCES } from '../protocol'
import { createTally, isStep } from './tally'

export type Entry
  = | { t: 'voter', v: string, a: string }
    /** A ballot: voter, question, options, confidence if given, and the round it counts in (none: round 1). */
    | { t: 'vote', v: string, q: string, o: string[], c?: Confidence, r?: 1 | 2 }
    /** The presenter moved a question to a step of peer instruction; `carry: false` opens round 2 empty (a compacted journal lists its ballots). */
    | { t: 'step', q: string, s: Step, carry?: false }
    | { t: 'current', q: string | null }
    | { t: 'close', q: string }
    | { t: 'reset', q: string }
    /** The presenter let this many voters in from one address (a room behind one NAT address). */
    | { t: 'allow', a: string, n: number }

export interface RoomOptions {
  questions: ReadonlyMap<string, QuizQuestion>
  journal: Journal<Entry>
  /** How many voter ids one network address may be given (a room behind one NAT address needs more). */
  votersPerAddress: number
  /** Called after each applied change: a question's tally, the open question (`null` question id: none), or the phones refused a ballot. */
  onChange?: (change: { kind: 'tally' | 'current' | 'refused', questionId: string | null, seq: number }) => void
}

const VOTER_ID = /^[\w-]{22}$/

/**
 * Whether a journal line that parsed is an entry this room can apply: every field of the right kind, questions and
 * options from the bank, a confidence and a round that exist, an open question that phones can vote on (or none).
 */
export function isEntry(e: unknown, questions: ReadonlyMap<string, QuizQuestion>): e is Entry {
  if (!e || typeof e !== 'object' || Array.isArray(e))
    return false
  const x = e as Record<string, unknown>
  const q = typeof x.q === 'string' ? questions.get(x.q) : undefined
  switch (x.t) {
    case 'voter':
      return typeof x.v === 'string' && typeof x.a === 'string'
    case 'allow':
      return typeof x.a === 'string' && Number.isInteger(x.n)
    case 'current':
      return x.q === null || (!!q && isVotable(q))
    case 'vote':
      return typeof x.v === 'string' && !!q
        && Array.isArray(x.o) && x.o.length > 0 && x.o.every(id => typeof id === 'string' && q.options.some(o => o.id === id))
        && (x.c === undefined || CONFIDENCES.includes(x.c as Confidence))
        && (x.r === undefined || x.r === 1 || x.r === 2)
    case 'step':
      return !!q && isStep(x.s) && (x.carry === undefined || x.carry === false)
    case 'close':
    case 'reset':
      return !!q
    default:
      return false
  }
}
/** Refused devices counted per address, at most. */
const MAX_WAITING = 1000

export function createRoom({ questions, journal, votersPerAddress, onChange }: RoomOptions) {
  const tally = createTally(questions)
  const voters = new Map<string, string>()
  const perAddress = new Map<string, number>()
  /** Caps the presenter raised, by address. */
  const allowed = new Map<string, number>()
  /** Devices refused a ballot since their address's cap was last raised: address → their waiting ids. */
  const waiting = new Map<string, Set<string>>()
  const capOf = (address: string) => allowed.get(address) ?? votersPerAddress
  let current: string | null = null
  /** Every question the presenter has opened, in the order first opened: the record marks the others "not asked". */
  const asked = new Set<string>()
  let seq = 0
  /** How to undo each entry applied but not yet on disk, oldest first. */
  const undos: (() => void)[] = []
  const changed = (kind: 'tally' | 'current' | 'refused', questionId: string | null) => onChange?.({ kind, questionId, seq: ++seq })

  /** Applies an entry; with `undoable`, keeps how to take it back. */
  function apply(e: Entry, undoable = false): true | Refusal {
    const keep = (undo: () => void) => undoable && undos.push(undo)
    switch (e.t) {
      case 'voter': {
        if (voters.has(e.v))
          return true
        perAddress.set(e.a, (perAddress.get(e.a) ?? 0) + 1)
        voters.set(e.v, e.a)
        keep(() => {
          voters.delete(e.v)
          perAddress.set(e.a, perAddress.get(e.a)! - 1)
        })
        return true
      }
      case 'vote': {
        if (e.q !== current)
          return 'not-open'
        const round = e.r ?? 1
        const before = tally.ballotOf(e.v, e.q, round)
        const r = tally.vote(e.v, { questionId: e.q, optionIds: e.o, confidence: e.c, round })
        if (r !== true)
          return r
        keep(() => {
          tally.restoreBallot(e.v, e.q, round, before)
          changed('tally', e.q)
        })
        changed('tally', e.q)
        return true
      }
      case 'current': {
        const before = current
        const first = e.q !== null && !asked.has(e.q)
        current = e.q
        if (first)
          asked.add(e.q!)
        keep(() => {
          current = before
          if (first)
            asked.delete(e.q!)
          changed('current', before)
        })
        changed('current', e.q)
        return true
      }
      case 'allow': {
        const before = allowed.get(e.a)
        const wasWaiting = waiting.get(e.a)
        allowed.set(e.a, Math.max(e.n, capOf(e.a)))
        waiting.delete(e.a)
        keep(() => {
          if (before === undefined)
            allowed.delete(e.a)
          else allowed.set(e.a, before)
          if (wasWaiting)
            waiting.set(e.a, wasWaiting)
          changed('refused', null)
        })
        changed('refused', null)
        return true
      }
      case 'step':
      case 'close':
      case 'reset': {
        const before = tally.saved(e.q)
        if (e.t === 'step')
          tally.step(e.q, e.s, e.carry !== false)
        else if (e.t === 'close')
          tally.close(e.q)
        else tally.reset(e.q)
        const notify = () => {
          changed('tally', e.q)
          if (e.q === current)
            changed('current', e.q)
        }
        keep(() => {
          tally.restore(e.q, before)
          notify()
        })
        notify()
        return true
      }
    }
  }

  const known = (id: unknown): id is string => typeof id === 'string' && questions.has(id)
  const replayed = journal.replay()
  let skippedLines = replayed.skipped
  for (const e of replayed.entries) {
    // A line that parses but is not a valid entry is skipped like a corrupt one, and counted with them.
    if (isEntry(e, questions))
      apply(e)
    else skippedLines += 1
  }

  /** Applies the entry now and resolves once it is on disk; a refused entry is not written. */
  async function commit(e: Entry): Promise<{ seq: number } | { refused: Refusal }> {
    const r = apply(e, true)
    if (r !== true)
      return { refused: r }
    const at = seq
    try {
      await journal.append(e)
    }
    catch (err) {
      // The journal fails this entry and every one queued behind it: undo them all, newest first.
      while (undos.length) undos.pop()!()
      throw err
    }
    undos.shift()
    return { seq: at }
  }

  return {
    tally,
    questions,
    skippedLines,
    get current() {
      return current
    },
    get seq() {
      return seq
    },
    /** Whether the presenter has opened this question (its slide was up in the presenter view) at any point. */
    wasAsked: (id: string) => asked.has(id),
    /** The questions opened so far, in the order first opened. */
    asked: () => [...asked],
    isVoter: (id: string | undefined): id is string => !!id && VOTER_ID.test(id) && voters.has(id),
    addressFull: (address: string) => (perAddress.get(address) ?? 0) >= capOf(address),
    votersPerAddress,
    /** How many voters this address may have: the cap, or what the presenter allowed. */
    capOf,
    /** Notes a device refused a ballot (by the id of its waiting cookie), for the presenter to see. */
    refuse(address: string, waitingId: string) {
      const set = waiting.get(address) ?? new Set()
      // A device that drops its cookies must not fill memory: past a room's worth, the count stops growing.
      if (set.has(waitingId) || set.size >= MAX_WAITING)
        return
      waiting.set(address, set.add(waitingId))
      changed('refused', null)
    },
    /** The addresses with devices refused a ballot, and how many devices each. */
    refused: () => Array.from(waiting, ([address, ids]) => ({ address, devices: ids.size })),
    /** The presenter lets every refused device at this address in, with room for the usual cap's worth more. */
    allow(address: string) {
      const n = (perAddress.get(address) ?? 0) + (waiting.get(address)?.size ?? 0) + votersPerAddress
      return commit({ t: 'allow', a: address, n })
    },
    /** A new voter id for a device at this address, or null when the address has had its share. */
    async issueVoter(address: string): Promise<string | null> {
      if (this.addressFull(address))
        return null
      const v = randomBytes(16).toString('base64url')
      await commit({ t: 'voter', v, a: address })
      return v
    },
    /** Counts a ballot for the open question, in the round the phone answered (or the one open now); resolves once it is on disk. */
    vote(voterId: string, b: Ballot) {
      const r = b.round ?? tally.roundOf(b.questionId)
      return commit({ t: 'vote', v: voterId, q: b.questionId, o: b.optionIds, ...b.confidence ? { c: b.confidence } : {}, ...r ? { r } : {} })
    },
    /**
     * The presenter's step on a question (round 1, the discussion, round 2); nothing changes once its voting is
     * closed, nor back to round 1 once round 2 has opened (the deck then follows the server's step instead).
     */
    async setStep(id: string, step: Step) {
      if (known(id) && isVotable(questions.get(id)!) && !tally.isClosed(id) && tally.stepOf(id) !== step
        && !(step === 'round1' && tally.roundsHeld(id) === 2)) {
        await commit({ t: 'step', q: id, s: step })
      }
    },
    /** The presenter's slide: a votable question, or none. */
    async setCurrent(id: string | null) {
      const next = id && known(id) && isVotable(questions.get(id)!) ? id : null
      if (next !== current)
        await commit({ t: 'current', q: next })
    },
    close: (id: string) => commit({ t: 'close', q: id }),
    reset: (id: string) => commit({ t: 'reset', q: id }),
    /** What the record holds, in the words of the start-up banner. */
    summary() {
      const all = tally.all()
      return { devices: voters.size, votes: all.reduce((n, t) => n + t.voters, 0), closed: all.filter(t => t.closed).length }
    },
    /** The same state in as few entries as possible, for compacting the journal on a clean exit. */
    entries(): Entry[] {
      const out: Entry[] = [...Array.from(allowed, ([a, n]): Entry => ({ t: 'allow', a, n })), ...Array.from(voters, ([v, a]): Entry => ({ t: 'voter', v, a }))]
      // Every question asked, votes or none; ballots are replayed round by round while their question is open,
      // then its step is set and it is closed if it was.
      const vote = (v: string, q: string, r: 1 | 2, { o, c }: { o: string[], c?: Confidence }): Entry => ({ t: 'vote', v, q, o, ...c ? { c } : {}, r })
      for (const q of new Set([...asked, ...tally.all().map(t => t.questionId)])) {
        out.push({ t: 'current', q })
        const [first = [], second] = tally.ballots(q)
        for (const [v, b] of first) out.push(vote(v, q, 1, b))
        if (second) {
          out.push({ t: 'step', q, s: 'round2', carry: false })
          for (const [v, b] of second) out.push(vote(v, q, 2, b))
        }
        if (tally.stepOf(q) !== (second ? 'round2' : 'round1'))
          out.push({ t: 'step', q, s: tally.stepOf(q) })
        if (tally.isClosed(q))
          out.push({ t: 'close', q })
      }
      out.push({ t: 'current', q: current })
      return out
    },
  }
}

export type Room = ReturnType<typeof createRoom>
