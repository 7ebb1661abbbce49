// The two surfaces over real HTTP on 127.0.0.1, with the room's journal in memory.

import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { QuizQuestion } from '../../../quiz/engine/types'
import type { PhoneMeta } from '../../../seminar/server/audience'
import type { Entry } from '../../../seminar/server/room'
import { createServer } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { audienceRoutes } from '../../../seminar/server/audience'
import { createEventHub } from '../../../seminar/server/events'
import { openJournal } from '../../../seminar/server/journal'
import { presenterRoutes } from '../../../seminar/server/presenter'
import { createRoom } from '../../../seminar/server/room'
import { multiple, single } from '../../fixtures/quiz'
import { memoryDisk } from './memoryDisk'

const servers: Server[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map(s => new Promise(r => s.close(r))))
})

async function listen(handler: Parameters<typeof createServer>[1]) {
  const s = createServer(handler)
  s.listen(0, '127.0.0.1')
  await new Promise(r => s.once('listening', r))
  servers.push(s)
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}`
}

async function seminar(votersPerAddress = 2, plan?: string[]) {
  const disk = memoryDisk()
  const questions = new Map<string, QuizQuestion>([single(), multiple()].map(q => [q.id, q]))
  const room = createRoom({ questions, journal: openJournal<Entry>('j', disk), votersPerAddress })
  const phones = createEventHub<PhoneMeta>({ perAddress: 4, total: 8 })
  const decks = createEventHub<undefined>({ perAddress: 4, total: 8 })
  const exported: string[] = []
  const audience = await listen(audienceRoutes({ room, phones, page: '<h1>Vote</h1>', qr: async () => '<svg/>' }))
  const presenterHandler = (port: () => number) => presenterRoutes({
    room,
    decks,
    port: port(),
    audienceUrl: 'http://room.test/vote',
    qr: async () => '<svg/>',
    deck: (_req, res) => void res.end('deck'),
    plan,
    exportCsv: () => {
      exported.push('x')
      return { file: 'exports/seminar-2026-11-28.csv', report: 'exports/seminar-2026-11-28.html' }
    },
  })
  let presenterPort = 0
  const presenter = await listen((req, res) => presenterHandler(() => presenterPort)(req, res))
  presenterPort = Number(new URL(presenter).port)
  const verb = (name: string, body: unknown) => fetch(`${presenter}/__seminar/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  async function phone() {
    const res = await fetch(`${audience}/vote`)
    const cookie = res.headers.get('set-cookie')?.split(';')[0]
    const vote = (body: unknown, init: RequestInit = {}) => fetch(`${audience}/vote`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...cookie ? { cookie } : {} },
      body: typeof body === 'string' ? body : JSON.stringify(body),
      ...init,
    })
    return { res, cookie, vote }
  }
  return { room, disk, audience, presenter, verb, phone, exported }
}

describe('given the audience surface', () => {
  it('hands each device an HttpOnly voter cookie with the page, up to the cap per address', async () => {
    const s = await seminar(2)
    const phones = await Promise.all([1, 2, 3].map(() => s.phone()))
    expect(phones.map(p => p.res.status)).toEqual([200, 200, 200])
    expect(phones[0]!.res.headers.get('set-cookie')).toMatch(/^rj_voter=[\w-]{22}; HttpOnly; SameSite=Strict; Path=\/;/)
    const isVoter = (p: { cookie?: string }) => p.cookie?.startsWith('rj_voter=')
    expect(phones.filter(isVoter)).toHaveLength(2)
    await s.verb('current', { questionId: 'a-single' })
    const refused = await phones.find(p => !isVoter(p))!.vote({ questionId: 'a-single', optionIds: ['y'] })
    expect(refused.status).toBe(403)
    expect((await refused.json()).error).toContain('2 devices have already joined from its network address')
    expect(s.room.tally.snapshot('a-single').voters).toBe(0)
  })

  it('gives a device its ballot with its first vote when this record does not know its cookie (it joined a rehearsal)', async () => {
    const s = await seminar(2)
    await s.verb('current', { questionId: 'a-single' })
    const stale = { questionId: 'a-single', optionIds: ['y'] }
    const init = { headers: { 'content-type': 'application/json', 'cookie': 'rj_voter=aaaaaaaaaaaaaaaaaaaaaa' } }
    const p = await s.phone()
    const res = await p.vote(stale, init)
    expect(res.status).toBe(200)
    const cookie = res.headers.get('set-cookie')!.split(';')[0]!
    expect(cookie).toMatch(/^rj_voter=[\w-]{22}$/)
    expect(cookie).not.toBe('rj_voter=aaaaaaaaaaaaaaaaaaaaaa')
    // The next vote with that cookie is a change of mind, not a second voter.
    await p.vote({ questionId: 'a-single', optionIds: ['x'] }, { headers: { 'content-type': 'application/json', cookie } })
    expect(s.room.tally.snapshot('a-single')).toMatchObject({ voters: 1, counts: { x: 1, y: 0 } })
  })

  it('counts a vote for the open question, a change of mind, and refuses late and absent questions with 409 and a reason', async () => {
    const s = await seminar()
    const p = await s.phone()
    expect((await p.vote({ questionId: 'a-single', optionIds: ['y'] })).status).toBe(409)
    await s.verb('current', { questionId: 'a-single' })
    expect((await p.vote({ questionId: 'a-single', optionIds: ['x'] })).status).toBe(200)
    expect((await p.vote({ questionId: 'a-single', optionIds: ['y'] })).status).toBe(200)
    const absent = await p.vote({ questionId: 'a-multiple', optionIds: ['p'] })
    expect([absent.status, (await absent.json()).error]).toEqual([409, 'This question is not open for voting now: the presenter has moved on.'])
    await s.verb('close', { questionId: 'a-single' })
    const late = await p.vote({ questionId: 'a-single', optionIds: ['x'] })
    expect([late.status, (await late.json()).error]).toEqual([409, 'Voting on this question is closed.'])
    expect(s.room.tally.snapshot('a-single')).toMatchObject({ voters: 1, counts: { x: 0, y: 1 } })
  })

  it('takes a vote with its confidence, pauses voting for the discussion, and in round 2 shows each phone its round-1 answer, which stands until changed', async () => {
    const s = await seminar()
    const [a, b] = [await s.phone(), await s.phone()]
    await s.verb('current', { questionId: 'a-single' })
    expect((await a.vote({ questionId: 'a-single', optionIds: ['y'], confidence: 'sure', round: 1 })).status).toBe(200)
    expect((await b.vote({ questionId: 'a-single', optionIds: ['x'] })).status).toBe(200)
    expect((await s.verb('step', { questionId: 'a-single', step: 'discuss' })).status).toBe(200)
    const paused = await b.vote({ questionId: 'a-single', optionIds: ['y'] })
    expect([paused.status, (await paused.json()).error]).toEqual([409, 'Voting is paused while you talk it over with your neighbour: round 2 opens in a moment.'])
    expect((await s.verb('step', { questionId: 'a-single', step: 'round2' })).status).toBe(200)
    expect((await s.verb('step', { questionId: 'a-single', step: 'revote' })).status).toBe(400)
    // The phone's view, as its event stream sends it.
    const events = await fetch(`${s.audience}/vote/events`, { headers: { cookie: a.cookie! } })
    const reader = events.body!.getReader()
    const first = new TextDecoder().decode((await reader.read()).value)
    expect(JSON.parse(first.split('data: ')[1]!)).toMatchObject({ id: 'a-single', step: 'round2', round: 2, mine: ['y'], confidence: 'sure', closed: false })
    const stale = await b.vote({ questionId: 'a-single', optionIds: ['y'], round: 1 })
    expect([stale.status, (await stale.json()).error]).toEqual([409, 'That round is over: the question is open again for round 2. Answer again, or keep your answer.'])
    expect((await b.vote({ questionId: 'a-single', optionIds: ['y'], round: 2 })).status).toBe(200)
    expect(s.room.tally.snapshot('a-single')).toMatchObject({ rounds: [{ voters: 2, right: 1 }, { voters: 2, right: 2 }], moved: { wrongToRight: 1, stayedRight: 1 } })
    await reader.cancel()
  })

  it('gives each phone the options\' letters, and once voting closes the key and its own verdict, judged on the ballot counted', async () => {
    const s = await seminar(3)
    const [right, partly, silent] = [await s.phone(), await s.phone(), await s.phone()]
    /** The phone's view of the open question, as its event stream sends it first. */
    const view = async (p: { cookie?: string }) => {
      const reader = (await fetch(`${s.audience}/vote/events`, { headers: { cookie: p.cookie! } })).body!.getReader()
      const first = new TextDecoder().decode((await reader.read()).value)
      await reader.cancel()
      return JSON.parse(first.split('data: ')[1]!)
    }
    await s.verb('current', { questionId: 'a-multiple' })
    expect((await view(right)).options.map((o: { letter: string }) => o.letter)).toEqual(['A', 'B', 'C', 'D'])
    expect(await view(right)).not.toHaveProperty('key')
    expect(await view(right)).not.toHaveProperty('right')
    expect((await right.vote({ questionId: 'a-multiple', optionIds: ['q', 'p'] })).status).toBe(200)
    // Half the key is partial credit on a slide, but not a right vote.
    expect((await partly.vote({ questionId: 'a-multiple', optionIds: ['p'] })).status).toBe(200)
    await s.verb('close', { questionId: 'a-multiple' })
    expect(await view(right)).toMatchObject({ closed: true, key: ['p', 'q'], right: true })
    expect(await view(partly)).toMatchObject({ closed: true, right: false })
    expect(await view(silent)).toMatchObject({ closed: true, right: null })
  })

  it('refuses malformed, oversized, non-JSON and unknown input, and loses nothing already counted', async () => {
    const s = await seminar()
    const p = await s.phone()
    await s.verb('current', { questionId: 'a-single' })
    await p.vote({ questionId: 'a-single', optionIds: ['y'] })
    expect((await p.vote('{"questionId":')).status).toBe(400)
    expect((await p.vote({ questionId: 'nope', optionIds: ['y'] })).status).toBe(400)
    expect((await p.vote({ questionId: 'a-single', optionIds: ['<b>'] })).status).toBe(400)
    expect((await p.vote({ questionId: 'a-single', optionIds: ['y'], pad: 'v'.repeat(2000) })).status).toBe(413)
    expect((await p.vote('questionId=a-single', { headers: { 'content-type': 'text/plain', 'cookie': p.cookie! } })).status).toBe(415)
    expect(s.room.tally.snapshot('a-single')).toMatchObject({ voters: 1, counts: { y: 1 } })
  })

  it('answers 503 when the disk fails, counts nothing, and recovers when the disk does', async () => {
    const s = await seminar()
    const p = await s.phone()
    await s.verb('current', { questionId: 'a-single' })
    s.disk.failing = true
    expect((await p.vote({ questionId: 'a-single', optionIds: ['y'] })).status).toBe(503)
    expect(s.room.tally.snapshot('a-single').voters).toBe(0)
    s.disk.failing = false
    expect((await p.vote({ questionId: 'a-single', optionIds: ['y'] })).status).toBe(200)
  })

  it.each([
    ['GET', '/__slidev/slides/1.json'],
    ['POST', '/__slidev/slides/1.json'],
    ['GET', '/setup/main.ts'],
    ['GET', '/@fs/etc/passwd'],
    ['GET', '/presenter/1'],
    ['POST', '/__seminar/close'],
    ['POST', '/__seminar/reset'],
    ['GET', '/__seminar/state'],
    ['POST', '/__seminar/export'],
  ])('has nothing at %s %s', async (method, path) => {
    const s = await seminar()
    const res = await fetch(`${s.audience}${path}`, { method, headers: { 'content-type': 'application/json' }, body: method === 'POST' ? '{"questionId":"a-single"}' : undefined })
    expect(res.status).toBe(404)
    expect(s.room.tally.isClosed('a-single')).toBe(false)
  })
})

describe('given phones refused a ballot behind one address (a NAT)', () => {
  it('shows the presenter how many devices wait, counting a reload once, and lets them in at once without a restart', async () => {
    const s = await seminar(2)
    await s.verb('current', { questionId: 'a-single' })
    await Promise.all([s.phone(), s.phone()])
    const [late, later] = [await s.phone(), await s.phone()]
    expect(late.cookie).toMatch(/^rj_waiting=/)
    // The same device again (its waiting cookie) is not a third one.
    await fetch(`${s.audience}/vote`, { headers: { cookie: late.cookie! } })
    const state = async () => (await fetch(`${s.presenter}/__seminar/state`)).json() as Promise<{ refused: { address: string, devices: number }[] }>
    expect((await state()).refused).toEqual([{ address: '127.0.0.1', devices: 2 }])
    expect((await late.vote({ questionId: 'a-single', optionIds: ['y'] })).status).toBe(403)

    expect((await s.verb('allow', { address: '10.9.9.9' })).status).toBe(400)
    const allowed = await s.verb('allow', { address: '127.0.0.1' })
    expect(allowed.status).toBe(200)
    expect((await allowed.json()).cap).toBeGreaterThanOrEqual(4)
    expect((await state()).refused).toEqual([])
    // The waiting phones' next tries get ballots with their votes: no reload, no restart.
    for (const p of [late, later]) expect((await p.vote({ questionId: 'a-single', optionIds: ['y'] })).status).toBe(200)
    expect(s.room.tally.snapshot('a-single').voters).toBe(2)
  })
})

describe('given the presenter surface', () => {
  it('takes the presenter verbs without a password, from this laptop', async () => {
    const s = await seminar()
    expect((await s.verb('current', { questionId: 'a-multiple' })).status).toBe(200)
    expect(s.room.current).toBe('a-multiple')
    expect((await s.verb('close', { questionId: 'a-multiple' })).status).toBe(200)
    expect((await s.verb('export', {})).status).toBe(200)
    expect(s.exported).toHaveLength(1)
    expect((await s.verb('close', { questionId: 'nope' })).status).toBe(400)
  })

  it('opens only a question in today\'s plan: the presenter on another quiz slide opens none, and it cannot be closed', async () => {
    const s = await seminar(2, ['a-single'])
    const state = async () => (await fetch(`${s.presenter}/__seminar/state`)).json() as Promise<{ plan: string[], current: string | null }>
    expect((await state()).plan).toEqual(['a-single'])
    await s.verb('current', { questionId: 'a-single' })
    expect(s.room.current).toBe('a-single')
    // The slide of a question left out: the open question goes, and phones wait.
    const skipped = await s.verb('current', { questionId: 'a-multiple' })
    expect(skipped.status).toBe(200)
    expect((await skipped.json()).current).toBeNull()
    expect((await state()).current).toBeNull()
    const p = await s.phone()
    expect((await p.vote({ questionId: 'a-multiple', optionIds: ['p'] })).status).not.toBe(200)
    expect((await s.verb('close', { questionId: 'a-multiple' })).status).toBe(409)
    expect(s.room.tally.isClosed('a-multiple')).toBe(false)
    expect(s.room.tally.snapshot('a-multiple').voters).toBe(0)
  })

  it('opens every question when no plan is given', async () => {
    const s = await seminar()
    expect(((await (await fetch(`${s.presenter}/__seminar/state`)).json()) as { plan: string[] }).plan).toEqual(['a-single', 'a-multiple'])
  })

  it('refuses a request addressed to another host name or sent from another origin', async () => {
    const s = await seminar()
    const { request } = await import('node:http')
    const status = (headers: Record<string, string>) => new Promise<number>((resolve) => {
      const req = request(`${s.presenter}/__seminar/close`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, res => resolve(res.statusCode!))
      req.end('{"questionId":"a-single"}')
    })
    expect(await status({ host: 'evil.test' })).toBe(421)
    expect(await status({ origin: 'http://evil.test' })).toBe(421)
    expect(s.room.tally.isClosed('a-single')).toBe(false)
  })
})
