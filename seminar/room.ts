/**
 * The room's state: voters, the open question, ballots and closed questions. Every change is an entry
 * that goes to the journal first and is applied only once it is on disk, in journal order, by the same
 * `apply` that replays the journal on start, so what was acknowledged is exactly what a restart rebuilds.
 *
 * Usage: `const room = createRoom({ questions, journal, votersPerAddress: 4, onChange })`; `await room.vote(voterId, ballot)`
 */
import { randomBytes } from 'node:crypto'
import type { QuizQuestion } from '../quiz/engine/types'
import type { Journal } from './journal'
import { type Ballot, createTally, isVotable, type Refusal } from './tally'

export type Entry =
  | { t: 'voter', v: string, a: string }
  | { t: 'vote', v: string, q: string, o: string[] }
  | { t: 'current', q: string | null }
  | { t: 'close', q: string }
  | { t: 'reset', q: string }

export interface RoomOptions {
  questions: ReadonlyMap<string, QuizQuestion>
  journal: Journal<Entry>
  /** How many voter ids one network address may be given (a room behind one NAT address needs more). */
  votersPerAddress: number
  /** Called after each applied change: a question's tally, or the open question (`null` question id: none). */
  onChange?: (change: { kind: 'tally' | 'current', questionId: string | null, seq: number }) => void
}

const VOTER_ID = /^[\w-]{22}$/

export function createRoom({ questions, journal, votersPerAddress, onChange }: RoomOptions) {
  const tally = createTally(questions)
  const voters = new Map<string, string>()
  const perAddress = new Map<string, number>()
  let current: string | null = null
  let seq = 0

  function apply(e: Entry): true | Refusal {
    switch (e.t) {
      case 'voter':
        if (!voters.has(e.v)) perAddress.set(e.a, (perAddress.get(e.a) ?? 0) + 1)
        voters.set(e.v, e.a)
        return true
      case 'vote': {
        if (e.q !== current) return 'not-open'
        const r = tally.vote(e.v, { questionId: e.q, optionIds: e.o })
        if (r === true) onChange?.({ kind: 'tally', questionId: e.q, seq: ++seq })
        return r
      }
      case 'current':
        current = e.q
        onChange?.({ kind: 'current', questionId: e.q, seq: ++seq })
        return true
      case 'close':
      case 'reset':
        if (e.t === 'close') tally.close(e.q)
        else tally.reset(e.q)
        onChange?.({ kind: 'tally', questionId: e.q, seq: ++seq })
        if (e.q === current) onChange?.({ kind: 'current', questionId: e.q, seq: ++seq })
        return true
    }
  }

  const known = (id: unknown): id is string => typeof id === 'string' && questions.has(id)
  const skipped = journal.replay()
  for (const e of skipped.entries) {
    // A line that parses but is not a valid entry is skipped like a corrupt one.
    if (e && typeof e === 'object' && ['voter', 'vote', 'current', 'close', 'reset'].includes(e.t)
      && (e.t === 'voter' || e.t === 'current' ? true : known(e.q))) apply(e)
  }
  const reserved = new Map<string, number>()

  async function commit(e: Entry) {
    await journal.append(e)
    return apply(e)
  }

  return {
    tally,
    questions,
    skippedLines: skipped.skipped,
    get current() {
      return current
    },
    get seq() {
      return seq
    },
    isVoter: (id: string | undefined): id is string => !!id && VOTER_ID.test(id) && voters.has(id),
    addressFull: (address: string) => (perAddress.get(address) ?? 0) + (reserved.get(address) ?? 0) >= votersPerAddress,
    votersPerAddress,
    /** A new voter id for a device at this address, or null when the address has had its share. */
    async issueVoter(address: string): Promise<string | null> {
      if (this.addressFull(address)) return null
      reserved.set(address, (reserved.get(address) ?? 0) + 1)
      try {
        const v = randomBytes(16).toString('base64url')
        await commit({ t: 'voter', v, a: address })
        return v
      }
      finally {
        reserved.set(address, reserved.get(address)! - 1)
      }
    },
    /** Counts a ballot once it is on disk; refused (and not written) unless its question is the open one. */
    async vote(voterId: string, b: Ballot): Promise<{ seq: number } | { refused: Refusal }> {
      if (b.questionId !== current) return { refused: 'not-open' }
      if (tally.isClosed(b.questionId)) return { refused: 'closed' }
      const r = await commit({ t: 'vote', v: voterId, q: b.questionId, o: b.optionIds })
      return r === true ? { seq } : { refused: r }
    },
    /** The presenter's slide: a votable question, or none. */
    async setCurrent(id: string | null) {
      const next = id && known(id) && isVotable(questions.get(id)!) ? id : null
      if (next !== current) await commit({ t: 'current', q: next })
    },
    close: (id: string) => commit({ t: 'close', q: id }),
    reset: (id: string) => commit({ t: 'reset', q: id }),
    /** The same state in as few entries as possible, for compacting the journal on a clean exit. */
    entries(): Entry[] {
      const out: Entry[] = [...voters].map(([v, a]) => ({ t: 'voter', v, a }))
      for (const t of tally.all()) {
        // Ballots are replayed while their question is open, then the question is closed if it was.
        out.push({ t: 'current', q: t.questionId })
        for (const [v, o] of tally.ballots(t.questionId)) out.push({ t: 'vote', v, q: t.questionId, o })
        if (t.closed) out.push({ t: 'close', q: t.questionId })
      }
      out.push({ t: 'current', q: current })
      return out
    },
  }
}

export type Room = ReturnType<typeof createRoom>
