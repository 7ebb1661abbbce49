/**
 * The presenter surface, on 127.0.0.1 only: the built deck (presenter view, projector tab; deck.ts) and
 * the presenter's verbs under `<base>__seminar/` (the open question, its step of peer instruction,
 * close, reset, let refused phones in, write the room's results and report). Being reachable from this laptop alone is what guards the deck and the verbs, so they take no
 * password. A request whose Host or Origin
 * is not this laptop's loopback address is refused, so a web page the presenter happens to open
 * elsewhere cannot drive them either (DNS rebinding, cross-site requests).
 *
 * Usage: `createServer(presenterRoutes({ room, decks, deck, base, port, audienceUrl, qr, exportCsv, plan }))`
 */

import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Step } from '../protocol'
import type { EventHub } from './events'
import type { RecordKind } from './record'
import type { Room } from './room'
import { formatEvent } from './events'
import { clientAddress, pathOf, readJson, reply } from './http'
import { isStep } from './tally'

export interface PresenterOptions {
  room: Room
  /** The deck's tabs (presenter view, projector): tallies and the open question. */
  decks: EventHub<undefined>
  /** Serves the built deck (static files, the app for any other path). */
  deck: (req: IncomingMessage, res: ServerResponse) => void
  /** The path the deck is served under ('/' or, say, '/deck/'); the verbs sit beside it, under `__seminar/`. */
  base?: string
  port: number
  audienceUrl: string
  /** Which record the seminar keeps: the deck shows a rehearsal as one. */
  record?: RecordKind
  qr: () => Promise<string>
  /** Writes the room's results (a CSV and the report beside it); returns the files written. */
  exportCsv: () => { file: string, report?: string }
  /**
   * Today's plan (seminar/plan.ts, or `--questions`): the only questions that open for voting. The presenter
   * view on any other quiz slide opens none, and the deck marks that slide as not in the plan. Every question by default.
   */
  plan?: readonly string[]
  /** The conductor phone's verbs for the presenter view (pair, unpair, where the deck is: conductor.ts). */
  conductor?: { presenter: (verb: string, req: IncomingMessage, res: ServerResponse) => Promise<boolean> }
}

export function deckState(room: Room, audienceUrl: string, record: RecordKind = 'class', plan: readonly string[] = [...room.questions.keys()]) {
  return { live: true, audienceUrl, record, plan, current: room.current, asked: room.asked(), seq: room.seq, tallies: room.tally.all(), refused: room.refused() }
}

export function presenterRoutes({ room, decks, deck, base = '/', port, audienceUrl, record = 'class', qr, exportCsv, plan = [...room.questions.keys()], conductor }: PresenterOptions) {
  const planned = new Set(plan)
  const state = () => deckState(room, audienceUrl, record, plan)
  const verbs = `${base}__seminar/`
  const local = [`127.0.0.1:${port}`, `localhost:${port}`]
  const questionId = (body: unknown) => (body as { questionId?: unknown } | null)?.questionId

  return async (req: IncomingMessage, res: ServerResponse) => {
    if (!local.includes(String(req.headers.host)) || (req.headers.origin && !local.some(h => req.headers.origin === `http://${h}`)))
      return reply(res, 421, { error: 'this server answers this laptop only' })
    const path = pathOf(req)
    if (!path.startsWith(verbs))
      return deck(req, res)
    try {
      const verb = path.slice(verbs.length)
      if (conductor && await conductor.presenter(verb, req, res))
        return
      if (req.method === 'GET' && verb === 'state')
        return reply(res, 200, state())
      if (req.method === 'GET' && verb === 'events') {
        decks.open(res, clientAddress(req), undefined, formatEvent('state', state()))
        return
      }
      if (req.method === 'GET' && verb === 'join.svg')
        return reply(res, 200, await qr(), 'image/svg+xml')
      if (req.method !== 'POST')
        return reply(res, 404, { error: 'not found' })
      const read = await readJson(req)
      if ('status' in read)
        return reply(res, read.status, { error: read.error })
      const id = questionId(read.body)
      if (verb === 'current') {
        // The presenter's slide: a votable question, or null for any other slide. A question not in today's plan
        // opens nothing: phones wait, and the question stays as it was, for self-study or another day.
        if (id !== null && (typeof id !== 'string' || !room.questions.has(id)))
          return reply(res, 400, { error: 'unknown question' })
        await room.setCurrent(id !== null && planned.has(id) ? id : null)
        return reply(res, 200, { ok: true, current: room.current })
      }
      if (verb === 'close' || verb === 'reset' || verb === 'step') {
        if (typeof id !== 'string' || !room.questions.has(id))
          return reply(res, 400, { error: 'unknown question' })
        if (!planned.has(id))
          return reply(res, 409, { error: 'not in today\'s plan' })
        const step = (read.body as { step?: unknown }).step
        if (verb === 'step' && !isStep(step))
          return reply(res, 400, { error: 'unknown step' })
        await (verb === 'close' ? room.close(id) : verb === 'reset' ? room.reset(id) : room.setStep(id, step as Step))
        return reply(res, 200, { ok: true, seq: room.seq })
      }
      if (verb === 'allow') {
        // Lets in the phones refused a ballot at one network address, at once, without a restart.
        const address = (read.body as { address?: unknown } | null)?.address
        if (typeof address !== 'string' || !room.refused().some(r => r.address === address))
          return reply(res, 400, { error: 'no phone refused at that address' })
        await room.allow(address)
        return reply(res, 200, { ok: true, cap: room.capOf(address) })
      }
      if (verb === 'export')
        return reply(res, 200, { ok: true, ...exportCsv() })
      return reply(res, 404, { error: 'not found' })
    }
    catch (e) {
      console.error(`Seminar: ${(e as Error).message}`)
      if (!res.headersSent)
        reply(res, 503, { error: 'could not save to disk' })
    }
  }
}
