// A seminar in the room's stand-in network, as the seminar and WebKit phone specs start it: `npm run seminar`
// serving the run's one build of the deck (built.ts), audience side on 127.0.0.2 reached as room.test.

import type { RunningSeminar } from '../../tools/seminarProcess'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOM, ROOM_HOST, runSeminar, SEMINAR_PORT } from '../../tools/seminarProcess'
import { DECK, DECK_PORT, LMS_PORT, OFFLINE_PORT } from './built'

/**
 * A seminar with its records and exports in `dir`; `n` picks its ports (SEMINAR_PORT + 2n and the next), one `n`
 * per seminar running at once; `args` as after `npm run seminar --` (a rehearsal without, the class with `--class`).
 */
export async function roomSeminar(n: number, env: Record<string, string> = {}, dir = mkdtempSync(join(tmpdir(), 'rj-seminar-')), args: string[] = []) {
  const port = SEMINAR_PORT + 2 * n
  const taken = [DECK_PORT, LMS_PORT, OFFLINE_PORT].filter(p => p === port || p === port + 1)
  if (taken.length)
    throw new Error(`seminar ${n} would listen on ${port} and ${port + 1}, but another spec's server uses ${taken.join(', ')}: pick another n`)
  const s = await runSeminar({
    PORT: String(port),
    SEMINAR_BIND: ROOM,
    SEMINAR_HOST: ROOM_HOST,
    SEMINAR_DIR: dir,
    SEMINAR_EXPORTS_DIR: join(dir, 'exports'),
    SEMINAR_DECK_DIR: DECK.dir,
    ...env,
  }, args)
  return Object.assign(s, { dir, port })
}

const PRESENTER_PAGE = /presenter$/

/** An address on the presenter's side, beside the deck (which is served under DECK.base). */
export const presenterSide = (s: RunningSeminar, path: string) => new URL(path, s.banner.presenter.replace(PRESENTER_PAGE, ''))

export interface SeminarState { current: string | null, tallies: { questionId: string, voters: number, counts: Record<string, number>, closed: boolean, step?: string, rounds?: { voters: number, right: number }[] }[] }

/** The votes as the presenter's side counts them. */
export const seminarState = async (s: RunningSeminar) => (await fetch(presenterSide(s, '__seminar/state'))).json() as Promise<SeminarState>

/** Opens a question for voting without a presenter view, the way the presenter's deck does. */
export const openQuestion = (s: RunningSeminar, id: string) => fetch(presenterSide(s, '__seminar/current'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ questionId: id }) })

/** The room's side of a seminar, on its stand-in address, as a phone reaches it. */
const audienceOrigin = (s: RunningSeminar) => `http://${ROOM}:${new URL(s.banner.audience).port}`

/** `n` devices joining the room: each gets its voter id (a cookie) as the phone page does, by opening /vote. */
export function joinPhones(s: RunningSeminar, n: number) {
  return Promise.all(Array.from({ length: n }, async () =>
    (await fetch(`${audienceOrigin(s)}/vote`)).headers.get('set-cookie')!.split(';')[0]!))
}

/** One device's ballot on the open question, sent as the phone page sends it; true when the laptop counted it. */
export async function castVote(s: RunningSeminar, phone: string, questionId: string, optionIds: string[], extra: { confidence?: 'guess' | 'fair' | 'sure', round?: 1 | 2 } = {}) {
  const res = await fetch(`${audienceOrigin(s)}/vote`, { method: 'POST', headers: { 'content-type': 'application/json', 'cookie': phone }, body: JSON.stringify({ questionId, optionIds, ...extra }) })
  return res.status === 200
}

/** Moves a question to a step of peer instruction ('discuss', 'round2'), as the presenter view does at its click steps. */
export const stepQuestion = (s: RunningSeminar, id: string, step: 'round1' | 'discuss' | 'round2') => fetch(presenterSide(s, '__seminar/step'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ questionId: id, step }) })

/** Closes voting on a question, as the presenter view does at the reveal step. */
export const closeQuestion = (s: RunningSeminar, id: string) => fetch(presenterSide(s, '__seminar/close'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ questionId: id }) })

/**
 * Ballots for the open question from as many phones as there are ballots, sent as the phone page sends them,
 * over the room's network; each phone joins first. Resolves once every one counted. The seminar's cap of
 * voters per address must allow them all (SEMINAR_VOTERS_PER_ADDRESS).
 */
export async function castVotes(s: RunningSeminar, questionId: string, ballots: string[][]) {
  const phones = await joinPhones(s, ballots.length)
  await Promise.all(ballots.map(async (optionIds, i) => {
    if (!await castVote(s, phones[i]!, questionId, optionIds))
      throw new Error(`a ballot on ${questionId} was refused`)
  }))
}
