// The conductor phone's server side over real HTTP on loopback: pairing, the 403 wall, revocation, the address
// lock, and commands that reach the presenter view once, in order, or not at all.

import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { QuizQuestion } from '../../../quiz/engine/types'
import type { DeckPosition } from '../../../seminar/protocol'
import type { Stream } from '../../../seminar/server/events'
import type { Entry } from '../../../seminar/server/room'
import { Buffer } from 'node:buffer'
import { createServer, request } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { createConductor, MAX_WRONG_CODES, OFFER_MS, parseCommand, parsePosition, rateLimit } from '../../../seminar/server/conductor'
import { createEventHub } from '../../../seminar/server/events'
import { openJournal } from '../../../seminar/server/journal'
import { createRoom } from '../../../seminar/server/room'
import { single } from '../../fixtures/quiz'
import { memoryDisk } from './memoryDisk'

const NOTES = 'Say this aloud: the secret speaker note.'
const servers: Server[] = []
const closers: (() => void)[] = []
afterEach(async () => {
  closers.splice(0).forEach(c => c())
  await Promise.all(servers.splice(0).map(s => new Promise(r => s.close(r))))
})

async function listen(handler: Parameters<typeof createServer>[1], host = '127.0.0.1') {
  const s = createServer(handler)
  s.listen(0, host)
  await new Promise(r => s.once('listening', r))
  servers.push(s)
  return (s.address() as AddressInfo).port
}

/** A request from a chosen local address (a phone elsewhere in the room), with the reply's text. */
function call(port: number, method: string, path: string, { cookie, body, from = '127.0.0.1' }: { cookie?: string, body?: unknown, from?: string } = {}) {
  return new Promise<{ status: number, text: string, setCookie?: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, localAddress: from, headers: { 'content-type': 'application/json', ...cookie ? { cookie } : {} } }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (c: string) => {
        text += c
        // An event stream stays open: its first event is enough.
        if (res.headers['content-type'] === 'text/event-stream' && text.includes('\n\n'))
          res.destroy()
      })
      res.on('close', () => resolve({ status: res.statusCode!, text, setCookie: res.headers['set-cookie']?.[0] }))
    })
    req.on('error', reject)
    req.end(body === undefined ? undefined : JSON.stringify(body))
  })
}

function at(no: number, clicks: number, clicksTotal = 1): DeckPosition {
  return {
    no,
    total: 10,
    clicks,
    clicksTotal,
    title: `Slide ${no} title`,
    nextNo: no < 10 ? no + 1 : null,
    nextTitle: null,
    nextQuestionId: null,
    notes: NOTES,
    questionId: no === 3 ? 'a-single' : null,
    stepNames: null,
    timer: { status: 'stopped', startedAt: 0, pausedAt: 0 },
    durationMs: 0,
  }
}

async function setup({ ackMs = 1000, autoApply = true } = {}) {
  let clock = 1_000_000
  const questions = new Map<string, QuizQuestion>([[single().id, single()]])
  const room = createRoom({ questions, journal: openJournal<Entry>('j', memoryDisk()), votersPerAddress: 4 })
  const decks = createEventHub<undefined>({ perAddress: 4, total: 4 })
  const conductor = createConductor({ room, decks, audienceUrl: 'http://room.test:1/vote', pages: { conduct: '<h1>Conductor</h1>', pair: '<h1>Pair</h1>' }, now: () => clock, ackMs })
  closers.push(() => conductor.close(), () => decks.close())
  const audience = await listen(async (req, res) => {
    if (!await conductor.audience(req, res))
      res.writeHead(404).end()
  })
  const presenter = await listen(async (req, res) => {
    const verb = (req.url ?? '').replace('/__seminar/', '')
    if (!await conductor.presenter(verb, req, res))
      res.writeHead(404).end()
  })
  const verb = async (name: string, body: unknown = {}) => (await fetch(`http://127.0.0.1:${presenter}/__seminar/conductor/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json() as Promise<any>
  let deck = at(1, 0)
  /** The presenter view: where it is, and every command it heard; it applies each as the arrow keys would. */
  const heard: any[] = []
  const view: Stream = {
    writeHead: () => view as any,
    end: () => view as any,
    destroy: () => view as any,
    on: () => view as any,
    writableLength: 0,
    write(text: string) {
      if (!text.startsWith('event: conduct'))
        return true
      const c = JSON.parse(text.slice(text.indexOf('data: ') + 6))
      heard.push(c)
      if (autoApply) {
        const applied = c.no === deck.no && c.clicks === deck.clicks
        if (applied)
          deck = c.action === 'next' ? (deck.clicks < deck.clicksTotal ? at(deck.no, deck.clicks + 1) : at(deck.no + 1, 0)) : at(deck.no, Math.max(0, deck.clicks - 1))
        setTimeout(() => void verb('position', { position: deck, done: c.id, applied }), 5)
      }
      return true
    },
  }
  decks.open(view, '127.0.0.1', undefined)
  await verb('position', { position: deck })
  async function pairPhone(from = '127.0.0.2') {
    const { code } = await verb('pair')
    const r = await call(audience, 'POST', '/pair', { body: { code }, from })
    return { ...r, cookie: r.setCookie?.split(';')[0] }
  }
  return { room, conductor, audience, presenterPort: presenter, verb, heard, pairPhone, deck: () => deck, tick: (ms: number) => void (clock += ms) }
}

const PATHS: [string, string][] = [['GET', '/conduct'], ['GET', '/conduct/state'], ['GET', '/conduct/events'], ['POST', '/conduct/command'], ['GET', '/conduct/anything'], ['POST', '/conduct']]

describe('given a seminar with the conductor', () => {
  it('answers 403 on every conductor path to a phone that is not paired, with no note and no code in the answer', async () => {
    const s = await setup()
    const { code } = await s.verb('pair')
    for (const [method, path] of PATHS) {
      const r = await call(s.audience, method, path, { from: '127.0.0.2', body: method === 'POST' ? { action: 'next', no: 1, clicks: 0 } : undefined })
      expect(r.status, `${method} ${path}`).toBe(403)
      expect(r.text).not.toContain(NOTES)
      expect(r.text).not.toContain(code)
      expect(r.text).not.toContain('Slide 1 title')
    }
    expect((await call(s.audience, 'GET', '/pair')).status).toBe(200)
    expect(s.heard).toEqual([])
  })

  it('pairs a phone with the code once, for an HttpOnly cookie on /conduct; the code then fails', async () => {
    const s = await setup()
    const { code, qr, pairUrl } = await s.verb('pair')
    expect(code).toMatch(/^\d{6}$/)
    expect(pairUrl).toBe('http://room.test:1/pair')
    expect(qr).toMatch(/^data:image\/svg\+xml;base64,/)
    const r = await call(s.audience, 'POST', '/pair', { body: { code }, from: '127.0.0.2' })
    expect(r.status).toBe(200)
    expect(r.setCookie).toMatch(/^rj_conductor=[\w-]{43}; HttpOnly; SameSite=Strict; Path=\/conduct;/)
    const cookie = r.setCookie!.split(';')[0]!
    const page = await call(s.audience, 'GET', '/conduct', { cookie, from: '127.0.0.2' })
    expect(page).toMatchObject({ status: 200, text: '<h1>Conductor</h1>' })
    const state = JSON.parse((await call(s.audience, 'GET', '/conduct/state', { cookie, from: '127.0.0.2' })).text)
    expect(state.position).toMatchObject({ no: 1, total: 10, title: 'Slide 1 title', notes: NOTES, next: { no: 2, title: 'Slide 2' } })
    expect((await call(s.audience, 'POST', '/pair', { body: { code }, from: '127.0.0.3' })).status).toBe(403)
    const status = await (await fetch(`http://127.0.0.1:${s.presenterPort}/__seminar/conductor/status`)).json()
    expect(status).toMatchObject({ paired: true, address: '127.0.0.2', offerExpiresAt: null })
  })

  it('pairs by the QR code\'s token too, and refuses an expired offer or one that had too many wrong codes', async () => {
    const s = await setup()
    const { qr } = await s.verb('pair')
    const svg = Buffer.from(qr.split(',')[1], 'base64').toString('utf8')
    expect(svg).toContain('<svg')
    const { code } = await s.verb('pair')
    s.tick(OFFER_MS + 1)
    expect((await call(s.audience, 'POST', '/pair', { body: { code }, from: '127.0.0.2' })).status).toBe(403)
    const again = await s.verb('pair')
    const wrong = again.code === '000000' ? '000001' : '000000'
    for (let i = 0; i < MAX_WRONG_CODES; i++)
      expect((await call(s.audience, 'POST', '/pair', { body: { code: wrong }, from: '127.0.0.2' })).status).toBe(403)
    expect((await call(s.audience, 'POST', '/pair', { body: { code: again.code }, from: '127.0.0.2' })).status).toBe(403)
  })

  it('lets the cookie work only from the address that paired', async () => {
    const s = await setup()
    const phone = await s.pairPhone('127.0.0.2')
    expect((await call(s.audience, 'GET', '/conduct/state', { cookie: phone.cookie, from: '127.0.0.2' })).status).toBe(200)
    expect((await call(s.audience, 'GET', '/conduct/state', { cookie: phone.cookie, from: '127.0.0.3' })).status).toBe(403)
  })

  it('revokes the old cookie at once when another phone pairs, or on Unpair', async () => {
    const s = await setup()
    const first = await s.pairPhone('127.0.0.2')
    const second = await s.pairPhone('127.0.0.2')
    expect((await call(s.audience, 'GET', '/conduct/state', { cookie: first.cookie, from: '127.0.0.2' })).status).toBe(403)
    expect((await call(s.audience, 'GET', '/conduct/state', { cookie: second.cookie, from: '127.0.0.2' })).status).toBe(200)
    expect(await s.verb('unpair')).toEqual({ ok: true })
    expect((await call(s.audience, 'GET', '/conduct/state', { cookie: second.cookie, from: '127.0.0.2' })).status).toBe(403)
    expect(await (await fetch(`http://127.0.0.1:${s.presenterPort}/__seminar/conductor/status`)).json()).toMatchObject({ paired: false })
  })

  it('sends a command to the presenter view once, answers with where the deck went, and drops a stale repeat', async () => {
    const s = await setup()
    const { cookie } = await s.pairPhone()
    const tap = (no: number, clicks: number, action = 'next') => call(s.audience, 'POST', '/conduct/command', { cookie, from: '127.0.0.2', body: { action, no, clicks } })
    const first = await tap(1, 0)
    expect(first.status).toBe(200)
    expect(JSON.parse(first.text).state.position).toMatchObject({ no: 1, clicks: 1 })
    // The same tap again (a retry on a slow network): pressed on a step the deck has left, so dropped.
    const repeat = await tap(1, 0)
    expect(repeat.status).toBe(409)
    expect(JSON.parse(repeat.text)).toMatchObject({ stale: true, state: { position: { no: 1, clicks: 1 } } })
    expect(s.heard).toHaveLength(1)
    // Two copies at once: the second is dropped while the first is under way.
    const both = await Promise.all([tap(1, 1), tap(1, 1)])
    expect(both.map(r => r.status).sort()).toEqual([200, 409])
    expect(s.deck()).toMatchObject({ no: 2, clicks: 0 })
    expect(s.heard).toHaveLength(2)
  })

  it('tells the phone when the presenter view does not answer, and when it moved elsewhere first', async () => {
    const s = await setup({ ackMs: 100, autoApply: false })
    const { cookie } = await s.pairPhone()
    const r = await call(s.audience, 'POST', '/conduct/command', { cookie, from: '127.0.0.2', body: { action: 'next', no: 1, clicks: 0 } })
    expect(r.status).toBe(504)
    // The laptop's arrow keys moved the deck: the phone's tap from the old slide is not sent at all.
    await s.verb('position', { position: at(4, 0), at: 2_000_000 })
    // A report made before that one, which arrives late (a page reloaded while it was on the way), is not kept.
    await s.verb('position', { position: at(2, 0), at: 1_999_999 })
    const stale = await call(s.audience, 'POST', '/conduct/command', { cookie, from: '127.0.0.2', body: { action: 'next', no: 1, clicks: 0 } })
    expect(stale.status).toBe(409)
    expect(JSON.parse(stale.text).state.position).toMatchObject({ no: 4, clicks: 0 })
    expect(s.heard).toHaveLength(1)
  })

  it('shows the paired phone the open question\'s live votes on its quiz slide', async () => {
    const s = await setup()
    const { cookie } = await s.pairPhone()
    // A quiz slide has no heading of its own: the phone names it by its question.
    await s.verb('position', { position: { ...at(3, 0), title: '' } })
    await s.room.setCurrent('a-single')
    const voter = (await s.room.issueVoter('10.0.0.1'))!
    await s.room.vote(voter, { questionId: 'a-single', optionIds: ['y'] })
    const state = JSON.parse((await call(s.audience, 'GET', '/conduct/state', { cookie, from: '127.0.0.2' })).text)
    expect(state.position.title).toBe('Quiz: Which?')
    expect(state.vote).toEqual({ questionId: 'a-single', voters: 1, closed: false, options: [{ letter: 'A', count: 0, key: false }, { letter: 'B', count: 1, key: false }, { letter: 'C', count: 0, key: false }] })
    await s.room.close('a-single')
    const closed = JSON.parse((await call(s.audience, 'GET', '/conduct/state', { cookie, from: '127.0.0.2' })).text)
    expect(closed.vote.options.map((o: { key: boolean }) => o.key)).toEqual([false, true, false])
  })

  it('limits the commands of the paired device', async () => {
    const s = await setup({ autoApply: false, ackMs: 10 })
    const { cookie } = await s.pairPhone()
    const statuses: number[] = []
    for (let i = 0; i < 32; i++)
      statuses.push((await call(s.audience, 'POST', '/conduct/command', { cookie, from: '127.0.0.2', body: { action: 'timer', run: true } })).status)
    expect(statuses.filter(x => x === 429).length).toBeGreaterThan(0)
  })
})

describe('given what the presenter view and the phone send', () => {
  it('keeps a well-formed position and refuses others', () => {
    expect(parsePosition(at(2, 1))).toEqual(at(2, 1))
    expect(parsePosition({ ...at(2, 1), no: 0 })).toBeUndefined()
    expect(parsePosition({ ...at(2, 1), clicks: -1 })).toBeUndefined()
    expect(parsePosition(null)).toBeUndefined()
  })
  it('knows next, prev with a slide and step, and the timer', () => {
    expect(parseCommand({ action: 'next', no: 2, clicks: 0 })).toEqual({ action: 'next', no: 2, clicks: 0 })
    expect(parseCommand({ action: 'next', no: 2 })).toBeUndefined()
    expect(parseCommand({ action: 'go', no: 2, clicks: 0 })).toBeUndefined()
    expect(parseCommand({ action: 'timer', run: false })).toEqual({ action: 'timer', run: false })
  })
  it('refills the rate limit with time', () => {
    let t = 0
    const limit = rateLimit({ burst: 2, perSecond: 1 }, () => t)
    expect([limit.take(), limit.take(), limit.take()]).toEqual([true, true, false])
    t += 1000
    expect([limit.take(), limit.take()]).toEqual([true, false])
  })
})

describe('given a slide with long notes', () => {
  it('takes the presenter view\'s report and passes the notes on to the phone', async () => {
    const s = await setup()
    const { cookie } = await s.pairPhone()
    const notes = 'A long note. '.repeat(400)
    await s.verb('position', { position: { ...at(5, 0), notes } })
    const state = JSON.parse((await call(s.audience, 'GET', '/conduct/state', { cookie, from: '127.0.0.2' })).text)
    expect(state.position).toMatchObject({ no: 5, notes })
  })
})
