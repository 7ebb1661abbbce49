/**
 * The audience surface: everything the room's network can reach, and nothing else. The phone page
 * (which hands each device a voter id in an HttpOnly cookie), its event stream, the ballot endpoint and
 * the join QR code. No deck, no presenter verb, no password: any other path is 404.
 *
 * Usage: `createServer(audienceRoutes({ room, phones, page, qr }))`
 */

import type { IncomingMessage, ServerResponse } from 'node:http'
import type { QuizQuestion } from '../../quiz/engine/types'
import type { EventHub } from './events'
import type { Room } from './room'
import type { Refusal } from './tally'
import { randomBytes } from 'node:crypto'
import { choicesRight, choosesMany, keyOptionIds, letter } from '../../quiz/engine/scoring'
import { clientAddress, cookie, pathOf, readJson, reply } from './http'
import { parseBallot } from './tally'

export const VOTER_COOKIE = 'rj_voter'
/** A device refused a ballot (its address had its share) carries this, so the presenter sees how many devices wait. */
export const WAITING_COOKIE = 'rj_waiting'
const WAITING_ID = /^[\w-]{16}$/
const COOKIE_MAX_AGE = 12 * 60 * 60
const voterCookie = (v: string) => `${VOTER_COOKIE}=${v}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${COOKIE_MAX_AGE}`

export interface PhoneMeta { voterId: string | undefined }

export const REFUSALS: Record<Refusal, string> = {
  'not-open': 'This question is not open for voting now: the presenter has moved on.',
  'closed': 'Voting on this question is closed.',
  'discuss': 'Voting is paused while you talk it over with your neighbour: round 2 opens in a moment.',
  'other-round': 'That round is over: the question is open again for round 2. Answer again, or keep your answer.',
}

/**
 * What a phone sees of the open question: whether it may choose several options, the step (round 1, the
 * discussion, round 2) and round, its own ballot in the last round held and the confidence it gave, and no key
 * until voting on it is closed. Then the key, and whether the ballot counted was right (null: none was
 * counted), judged here by the engine's rule, not by the page.
 */
export function phoneQuestion(room: Room, voterId: string | undefined) {
  const q: QuizQuestion | undefined = room.current ? room.questions.get(room.current) : undefined
  if (!q)
    return null
  const closed = room.tally.isClosed(q.id)
  // The round taking ballots now (none during the discussion: the round before it); once closed, the last one held.
  const round = (!closed && room.tally.roundOf(q.id)) || room.tally.roundsHeld(q.id)
  const ballot = voterId ? room.tally.ballotOf(voterId, q.id, round) : undefined
  return {
    id: q.id,
    many: choosesMany(q),
    prompt: q.prompt,
    options: q.options.map((o, i) => ({ id: o.id, letter: letter(i), text: o.text })),
    mine: ballot?.o ?? [],
    confidence: ballot?.c ?? null,
    step: room.tally.stepOf(q.id),
    round,
    closed,
    ...closed ? { key: keyOptionIds(q), right: ballot?.o.length ? choicesRight(q, ballot.o) : null, sources: q.sources } : {},
  }
}

export function audienceRoutes({ room, phones, page, qr }: { room: Room, phones: EventHub<PhoneMeta>, page: string, qr: () => Promise<string> }) {
  const voterOf = (req: IncomingMessage) => {
    const v = cookie(req, VOTER_COOKIE)
    return room.isVoter(v) ? v : undefined
  }

  /** Notes a device refused a ballot, known by a cookie of its own so that a reload is not a second device; returns that cookie. */
  const refuse = (req: IncomingMessage, address: string) => {
    const id = WAITING_ID.test(cookie(req, WAITING_COOKIE) ?? '') ? cookie(req, WAITING_COOKIE)! : randomBytes(12).toString('base64url')
    room.refuse(address, id)
    return `${WAITING_COOKIE}=${id}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${COOKIE_MAX_AGE}`
  }

  return async (req: IncomingMessage, res: ServerResponse) => {
    const path = pathOf(req)
    const address = clientAddress(req)
    try {
      if (req.method === 'GET' && path === '/')
        return reply(res, 302, '', 'text/plain', { location: '/vote' })
      if (req.method === 'GET' && path === '/vote') {
        const headers: Record<string, string> = {}
        if (!voterOf(req)) {
          const v = await room.issueVoter(address)
          if (v)
            headers['set-cookie'] = voterCookie(v)
          else headers['set-cookie'] = refuse(req, address)
        }
        return reply(res, 200, page, 'text/html; charset=utf-8', headers)
      }
      if (req.method === 'GET' && path === '/vote/events') {
        const voterId = voterOf(req)
        phones.open(res, address, { voterId }, `event: current\ndata: ${JSON.stringify(phoneQuestion(room, voterId))}\n\n`)
        return
      }
      if (req.method === 'GET' && path === '/join.svg')
        return reply(res, 200, await qr(), 'image/svg+xml')
      if (req.method === 'POST' && path === '/vote') {
        const read = await readJson(req)
        if ('status' in read)
          return reply(res, read.status, { error: read.error })
        const ballot = parseBallot(read.body, room.questions)
        if ('error' in ballot)
          return reply(res, 400, { error: ballot.error })
        // A device whose cookie this record does not know (it joined before the class began, or before the
        // presenter raised the cap) gets its voter id with this reply, without a reload.
        let voterId = voterOf(req)
        const headers: Record<string, string> = {}
        if (!voterId) {
          const v = await room.issueVoter(address)
          if (!v)
            return reply(res, 403, { error: `This device has no ballot: ${room.capOf(address)} ${room.capOf(address) === 1 ? 'device has' : 'devices have'} already joined from its network address. Ask the presenter.` }, 'application/json', { 'set-cookie': refuse(req, address) })
          voterId = v
          headers['set-cookie'] = voterCookie(v)
        }
        const r = await room.vote(voterId, ballot)
        if ('refused' in r)
          return reply(res, 409, { error: REFUSALS[r.refused] }, 'application/json', headers)
        return reply(res, 200, { ok: true, seq: r.seq }, 'application/json', headers)
      }
      return reply(res, 404, { error: 'not found' })
    }
    catch (e) {
      // The journal could not be written: nothing was counted, and the phone is told so.
      console.error(`Seminar: ${(e as Error).message}`)
      if (!res.headersSent)
        reply(res, 503, { error: 'The presenter\'s laptop could not save your vote. Try again in a moment.' })
    }
  }
}
