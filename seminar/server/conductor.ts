/**
 * The presenter's own phone as a conductor (issue 19): pairing, the phone's routes on the audience port, and
 * the verbs the presenter view uses on the laptop.
 *
 * - Pairing: the presenter view asks for an offer (a 6-digit code and a long token, single use, two minutes,
 *   five wrong codes and it is void). A phone on the room's network exchanges either at `/pair` for an HttpOnly
 *   cookie that works only from the address that paired. One phone at a time: a new pairing or Unpair revokes
 *   the old cookie and ends its stream at once.
 * - Without that cookie every path under `/conduct` answers 403 with nothing of the deck in it (the page there
 *   is the pairing form).
 * - Moving the deck: the presenter view reports where it is (slide, click step, titles, notes, timer). A
 *   command from the phone carries the slide and click step it was pressed on; the server drops it when that
 *   is not where the presenter view is (stale, or a repeat of a command already applied), else sends it to the
 *   deck's tabs, where only the presenter view applies it (with Slidev's own next/prev, so click steps, the
 *   reveal and the closing of voting happen as with the arrow keys). The phone hears back once the presenter
 *   view has moved. One command at a time, a few per second at most.
 *
 * Usage: `const c = createConductor({ room, audienceUrl, decks })`; `c.audience(req, res)` (true when it
 * answered); `c.presenter(verb, req, res)` (true when it answered); `c.roomChanged()` after the room changes.
 */

import type { IncomingMessage, ServerResponse } from 'node:http'
import type { DeckPosition, TimerState } from '../protocol'
import type { EventHub } from './events'
import type { Room } from './room'
import { Buffer } from 'node:buffer'
import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto'
import { readFileSync } from 'node:fs'
import QRCode from 'qrcode'
import { keyOptionIds, letter } from '../../quiz/engine/scoring'
import { createEventHub, formatEvent } from './events'
import { clientAddress, cookie, pathOf, readJson, reply } from './http'

export const CONDUCTOR_COOKIE = 'rj_conductor'
export const OFFER_MS = 2 * 60_000
/** Wrong codes an offer takes before it is void (a code has a million values: five guesses in two minutes). */
export const MAX_WRONG_CODES = 5
/** How long the phone waits for the presenter view to move before it is told that it did not answer. */
export const ACK_MS = 3_000
/** The phone's stream says it is alive this often, so the phone notices at once when the laptop is gone. */
export const PING_MS = 2_000
/** Commands per paired device: a burst of this many, then this many per second. */
export const RATE = { burst: 30, perSecond: 10 }
const COOKIE_MAX_AGE = 12 * 60 * 60
/** The largest report the presenter view may send (notes are cut to 20,000 characters). */
const POSITION_MAX_BYTES = 128 * 1024

export type Command = { action: 'next' | 'prev', no: number, clicks: number } | { action: 'timer', run: boolean }

const isInt = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0
const str = (x: unknown, max: number) => typeof x === 'string' ? x.slice(0, max) : ''

/** Checks a report from the presenter view (loopback, but still only well-formed data goes on to the phone). */
export function parsePosition(raw: unknown): DeckPosition | undefined {
  const p = raw as Record<string, unknown> | null
  if (!p || typeof p !== 'object' || ![p.no, p.total, p.clicks, p.clicksTotal].every(isInt) || (p.no as number) < 1)
    return undefined
  const t = (p.timer ?? {}) as Record<string, unknown>
  const status = ['stopped', 'running', 'paused'].includes(t.status as string) ? t.status as TimerState['status'] : 'stopped'
  return {
    no: p.no as number,
    total: p.total as number,
    clicks: p.clicks as number,
    clicksTotal: p.clicksTotal as number,
    title: str(p.title, 300),
    nextNo: isInt(p.nextNo) ? p.nextNo : null,
    nextTitle: typeof p.nextTitle === 'string' ? p.nextTitle.slice(0, 300) : null,
    nextQuestionId: typeof p.nextQuestionId === 'string' ? p.nextQuestionId : null,
    notes: str(p.notes, 20_000),
    questionId: typeof p.questionId === 'string' ? p.questionId : null,
    stepNames: Array.isArray(p.stepNames) ? p.stepNames.slice(0, 50).map(n => str(n, 80)) : null,
    timer: { status, startedAt: Number(t.startedAt) || 0, pausedAt: Number(t.pausedAt) || 0 },
    durationMs: Number(p.durationMs) || 0,
  }
}

/** Checks a command from the phone. */
export function parseCommand(raw: unknown): Command | undefined {
  const c = raw as Record<string, unknown> | null
  if (!c || typeof c !== 'object')
    return undefined
  if ((c.action === 'next' || c.action === 'prev') && isInt(c.no) && isInt(c.clicks))
    return { action: c.action, no: c.no, clicks: c.clicks }
  if (c.action === 'timer' && typeof c.run === 'boolean')
    return { action: 'timer', run: c.run }
  return undefined
}

/** A token bucket: `take()` is false once the burst is spent, until time refills it. */
export function rateLimit({ burst, perSecond }: { burst: number, perSecond: number }, now: () => number = Date.now) {
  let tokens = burst
  let at = now()
  return {
    take() {
      const t = now()
      tokens = Math.min(burst, tokens + ((t - at) / 1000) * perSecond)
      at = t
      if (tokens < 1)
        return false
      tokens -= 1
      return true
    },
  }
}

/** Compares secrets in time that does not depend on where they differ. */
function same(a: string, b: string) {
  const [x, y] = [Buffer.from(a), Buffer.from(b)]
  return x.length === y.length && timingSafeEqual(x, y)
}

const SPACES = /\s/g

export interface ConductorOptions {
  room: Room
  /** The deck's tabs: the presenter view applies commands sent here. */
  decks: EventHub<undefined>
  /** The phones' address (`http://host:port/vote`): the pairing link is on the same origin. */
  audienceUrl: string
  /** The conductor's page and the pairing page (seminar/client). */
  pages?: { conduct: string, pair: string }
  now?: () => number
  /** How long a command waits for the presenter view (ACK_MS). */
  ackMs?: number
}

interface Pairing { secret: string, address: string, pairedAt: number, hub: EventHub<undefined>, limit: ReturnType<typeof rateLimit> }

export function createConductor({ room, decks, audienceUrl, pages = readPages(), now = Date.now, ackMs = ACK_MS }: ConductorOptions) {
  const origin = new URL(audienceUrl).origin
  let offer: { code: string, token: string, expiresAt: number, wrong: number } | undefined
  let paired: Pairing | undefined
  let position: DeckPosition | undefined
  /** When the presenter view made the report kept (its clock): an older one that arrives late is not kept. */
  let positionAt = 0
  let commandId = 0
  /** The command sent to the presenter view and not yet answered. */
  let pending: { id: number, from: string, resolve: (applied: boolean) => void } | undefined

  const ping = setInterval(() => paired?.hub.send('ping', { at: now() }), PING_MS)
  ping.unref?.()

  const where = (p: { no: number, clicks: number }) => `${p.no}:${p.clicks}`

  const titleOf = (questionId: string | null) => {
    const q = questionId ? room.questions.get(questionId) : undefined
    return q && `Quiz: ${q.prompt}`
  }

  /** What the phone shows: where the deck is, the timer, and the open question's live votes. */
  function view() {
    const q = position?.questionId && room.current === position.questionId ? room.questions.get(room.current) : undefined
    const t = q && room.tally.snapshot(q.id)
    const timer = position?.timer
    return {
      position: position && {
        no: position.no,
        total: position.total,
        clicks: position.clicks,
        clicksTotal: position.clicksTotal,
        title: position.title || titleOf(position.questionId) || `Slide ${position.no}`,
        next: position.nextNo === null ? null : { no: position.nextNo, title: position.nextTitle || titleOf(position.nextQuestionId) || `Slide ${position.nextNo}` },
        notes: position.notes,
        stepNames: position.stepNames,
      },
      timer: timer && {
        status: timer.status,
        elapsedMs: timer.status === 'running' ? now() - timer.startedAt : timer.status === 'paused' ? timer.pausedAt - timer.startedAt : 0,
        durationMs: position!.durationMs,
      },
      vote: q && t
        ? { questionId: q.id, voters: t.voters, closed: t.closed, options: q.options.map((o, i) => ({ letter: letter(i), count: t.counts[o.id] ?? 0, key: t.closed && keyOptionIds(q).includes(o.id) })) }
        : null,
    }
  }

  const push = () => paired?.hub.send('state', view())

  function revoke() {
    paired?.hub.close()
    paired = undefined
    pending?.resolve(false)
  }

  /** The paired phone's cookie, from the address that paired; undefined for anyone else. */
  const isPaired = (req: IncomingMessage) => {
    const c = cookie(req, CONDUCTOR_COOKIE)
    return !!paired && !!c && same(c, paired.secret) && clientAddress(req) === paired.address
  }

  const forbidden = (res: ServerResponse, html = false) => html
    ? reply(res, 403, pages.pair, 'text/html; charset=utf-8')
    : reply(res, 403, { error: 'This phone is not paired as the conductor. Pair it from the presenter view.' })

  /** Sends a command to the presenter view and waits (up to ACK_MS) for it to say whether it moved. */
  function toPresenter(c: Command, from: string): Promise<boolean | 'timeout'> {
    const id = ++commandId
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        if (pending?.id === id)
          pending = undefined
        resolve('timeout')
      }, ackMs)
      pending = { id, from, resolve: (applied) => {
        clearTimeout(timer)
        pending = undefined
        resolve(applied)
      } }
      decks.send('conduct', { id, ...c })
    })
  }

  async function pair(req: IncomingMessage, res: ServerResponse) {
    const read = await readJson(req)
    if ('status' in read)
      return reply(res, read.status, { error: read.error })
    const { code, token } = (read.body ?? {}) as { code?: unknown, token?: unknown }
    if (!offer || offer.expiresAt <= now() || offer.wrong >= MAX_WRONG_CODES)
      return reply(res, 403, { error: 'No pairing code is waiting, or it has expired: press "Pair a phone" in the presenter view for a new one.' })
    const ok = (typeof code === 'string' && same(code.replace(SPACES, ''), offer.code)) || (typeof token === 'string' && same(token, offer.token))
    if (!ok) {
      offer.wrong += 1
      return reply(res, 403, { error: offer.wrong >= MAX_WRONG_CODES ? 'Too many wrong codes: this code no longer works. Make a new one in the presenter view.' : 'That code is not right. Check the presenter view.' })
    }
    offer = undefined
    revoke()
    const secret = randomBytes(32).toString('base64url')
    paired = { secret, address: clientAddress(req), pairedAt: now(), hub: createEventHub({ perAddress: 4, total: 4, heartbeatMs: 60 * 60_000 }), limit: rateLimit(RATE, now) }
    return reply(res, 200, { ok: true }, 'application/json', { 'set-cookie': `${CONDUCTOR_COOKIE}=${secret}; HttpOnly; SameSite=Strict; Path=/conduct; Max-Age=${COOKIE_MAX_AGE}` })
  }

  async function command(req: IncomingMessage, res: ServerResponse, p: Pairing) {
    if (!p.limit.take())
      return reply(res, 429, { error: 'Too many taps: wait a moment.' })
    const read = await readJson(req)
    if ('status' in read)
      return reply(res, read.status, { error: read.error })
    const c = parseCommand(read.body)
    if (!c)
      return reply(res, 400, { error: 'unknown command' })
    if (!position)
      return reply(res, 409, { error: 'The presenter view is not open on the laptop.', state: view() })
    const from = c.action === 'timer' ? `timer:${c.run}` : where(c)
    // Pressed on a slide or step the deck has left (the laptop moved, or this is a repeat of a command
    // already applied), or a repeat of the command still under way: dropped, and the phone told where the deck is.
    if ((c.action !== 'timer' && from !== where(position)) || pending)
      return reply(res, 409, { error: 'The deck has moved on: this tap was not applied.', stale: true, state: view() })
    const applied = await toPresenter(c, from)
    if (applied === 'timeout')
      return reply(res, 504, { error: 'The presenter view did not answer: is it open on the laptop?', state: view() })
    return reply(res, applied ? 200 : 409, { ok: applied, stale: !applied, state: view() })
  }

  return {
    /** The phone's side, on the audience port: `/pair` and everything under `/conduct`. True when it answered. */
    async audience(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
      const path = pathOf(req)
      if (path === '/pair') {
        if (req.method === 'GET')
          reply(res, 200, pages.pair, 'text/html; charset=utf-8')
        else if (req.method === 'POST')
          await pair(req, res)
        else reply(res, 405, { error: 'GET or POST' })
        return true
      }
      if (path !== '/conduct' && !path.startsWith('/conduct/'))
        return false
      const p = isPaired(req) ? paired! : undefined
      if (!p) {
        forbidden(res, req.method === 'GET' && path === '/conduct')
        return true
      }
      if (req.method === 'GET' && path === '/conduct')
        reply(res, 200, pages.conduct, 'text/html; charset=utf-8')
      else if (req.method === 'GET' && path === '/conduct/state')
        reply(res, 200, view())
      else if (req.method === 'GET' && path === '/conduct/events')
        p.hub.open(res, clientAddress(req), undefined, formatEvent('state', view()))
      else if (req.method === 'POST' && path === '/conduct/command')
        await command(req, res, p)
      else reply(res, 404, { error: 'not found' })
      return true
    },

    /** The presenter view's verbs, under `__seminar/conductor/` on the laptop. True when it answered. */
    async presenter(verb: string, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
      if (!verb.startsWith('conductor/'))
        return false
      const name = verb.slice('conductor/'.length)
      if (req.method === 'GET' && name === 'status') {
        reply(res, 200, { paired: !!paired, address: paired?.address ?? null, pairedAt: paired?.pairedAt ?? null, offerExpiresAt: offer && offer.expiresAt > now() && offer.wrong < MAX_WRONG_CODES ? offer.expiresAt : null })
        return true
      }
      if (req.method !== 'POST')
        return false
      // A position report carries the slide's notes: a long note is a few kilobytes.
      const read = await readJson(req, POSITION_MAX_BYTES)
      if ('status' in read) {
        reply(res, read.status, { error: read.error })
        return true
      }
      if (name === 'pair') {
        offer = { code: String(randomInt(0, 1_000_000)).padStart(6, '0'), token: randomBytes(18).toString('base64url'), expiresAt: now() + OFFER_MS, wrong: 0 }
        const url = `${origin}/pair#${offer.token}`
        const svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
        // `link` is what the QR code holds (the token in the fragment, which no request carries).
        reply(res, 200, { code: offer.code, expiresAt: offer.expiresAt, pairUrl: `${origin}/pair`, link: url, qr: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` })
      }
      else if (name === 'unpair') {
        offer = undefined
        revoke()
        reply(res, 200, { ok: true })
      }
      else if (name === 'position') {
        const body = read.body as { position?: unknown, at?: unknown, done?: unknown, applied?: unknown } | null
        const p = parsePosition(body?.position)
        if (!p) {
          reply(res, 400, { error: 'bad position' })
          return true
        }
        // A page reloaded while its last report was on the way: that report is older than the new page's.
        const at = typeof body?.at === 'number' ? body.at : now()
        if (at >= positionAt) {
          position = p
          positionAt = at
        }
        if (pending && body?.done === pending.id)
          pending.resolve(body.applied === true)
        push()
        reply(res, 200, { ok: true })
      }
      else {
        return false
      }
      return true
    },

    /** The room changed (a tally, the open question): the phone's live votes follow. */
    roomChanged: push,
    close() {
      clearInterval(ping)
      revoke()
    },
  }
}

function readPages() {
  const read = (name: string) => readFileSync(new URL(`../client/${name}`, import.meta.url), 'utf8')
  return { conduct: read('conduct.html'), pair: read('pair.html') }
}

export type Conductor = ReturnType<typeof createConductor>
