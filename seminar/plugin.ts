/**
 * The seminar server: a Vite plugin that Slidev merges into its dev server (`npm run seminar`).
 * It takes votes over HTTP, counts them here (Slidev's server-reactive state is last-write-wins and
 * loses simultaneous votes), pushes tallies to the deck over Vite's websocket, and saves them
 * atomically to `.seminar/tallies.json` so a restart keeps the room's votes.
 * Phones get a small page of their own at `/vote`, fed by server-sent events: it never loads the deck,
 * so it can't move the slides, and it learns the right answer only once the presenter reveals it.
 *
 * Usage (setup/vite-plugins.ts): `seminarPlugin({ password, audienceUrl })`
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import QRCode from 'qrcode'
import type { Plugin } from 'vite'
import { quizBank } from '../quiz'
import type { QuizQuestion } from '../quiz/engine/types'
import { createTally, isLive, MAX_BODY_BYTES, parseVote, type QuestionTally, type SavedTallies, TALLY_EVENT } from './tally'

const VOTE_PAGE = readFileSync(new URL('./vote.html', import.meta.url), 'utf8')

export interface SeminarOptions {
  /** The presenter password (also Slidev's `--remote` password); required to reveal or reset. */
  password: string
  /** What audience phones open, shown on the Join slide and as its QR code. */
  audienceUrl: string
  /** Where tallies survive a restart. */
  file?: string
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve) => {
    let size = 0
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size <= MAX_BODY_BYTES) chunks.push(c)
      // Past the limit, keep draining (so the client gets a 413, not a reset) but keep nothing;
      // a client that streams on and on is cut off.
      else if (size > 64 * MAX_BODY_BYTES) req.destroy()
    })
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')))
    req.on('error', () => resolve(null))
  })
}

function send(res: ServerResponse, status: number, body: unknown, type = 'application/json') {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' })
  res.end(typeof body === 'string' ? body : JSON.stringify(body))
}

function load(file: string): SavedTallies {
  try {
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) as SavedTallies : {}
  }
  catch {
    return {}
  }
}

export function seminarPlugin({ password, audienceUrl, file = '.seminar/tallies.json' }: SeminarOptions): Plugin {
  return {
    name: 'rj-seminar',
    apply: 'serve',
    configureServer(server) {
      const questions = new Map<string, QuizQuestion>(quizBank.flatMap(s => s.questions).map(q => [q.id, q]))
      const tally = createTally(questions, load(file))
      let seq = 0
      let saveTimer: ReturnType<typeof setTimeout> | undefined
      const save = () => {
        clearTimeout(saveTimer)
        saveTimer = setTimeout(() => {
          mkdirSync(dirname(file), { recursive: true })
          writeFileSync(`${file}.tmp`, JSON.stringify(tally.toJSON()))
          renameSync(`${file}.tmp`, file)
        }, 100)
      }
      // Phones: server-sent events with the current question (no answer) and its tally (the answer once revealed).
      const phones = new Set<ServerResponse>()
      let current: string | null = null
      const forPhones = (t: QuestionTally) => {
        const q = questions.get(t.questionId)!
        return t.revealed ? { ...t, correct: q.correct, sources: q.sources } : t
      }
      const publicQuestion = (id: string | null) => {
        const q = id ? questions.get(id) : undefined
        return q ? { id: q.id, prompt: q.prompt, options: q.options.map(o => ({ id: o.id, text: o.text })), tally: forPhones(tally.snapshot(q.id)) } : null
      }
      const toPhones = (event: string, data: unknown) => {
        for (const res of phones) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)
      }
      const broadcast = (questionId: string) => {
        seq += 1
        const snapshot = tally.snapshot(questionId)
        server.ws.send({ type: 'custom', event: TALLY_EVENT, data: { ...snapshot, seq } })
        toPhones('tally', forPhones(snapshot))
        save()
        return seq
      }

      server.middlewares.use('/vote', (req, res, next) => {
        if (req.method !== 'GET' || !['', '/'].includes((req.url ?? '').split('?')[0]!)) return next()
        send(res, 200, VOTE_PAGE, 'text/html; charset=utf-8')
      })

      server.middlewares.use('/__seminar', async (req, res) => {
        const path = (req.url ?? '/').split('?')[0]
        if (req.method === 'GET' && path === '/state') return send(res, 200, { live: true, audienceUrl, tallies: tally.all() })
        if (req.method === 'GET' && path === '/events') {
          res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', 'connection': 'keep-alive' })
          res.write(`event: current\ndata: ${JSON.stringify(publicQuestion(current))}\n\n`)
          phones.add(res)
          req.on('close', () => phones.delete(res))
          return
        }
        if (req.method === 'GET' && path === '/join.svg')
          return send(res, 200, await QRCode.toString(audienceUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }), 'image/svg+xml')
        if (req.method !== 'POST') return send(res, 405, { error: 'method not allowed' })
        if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, { error: 'JSON only' })
        const text = await readBody(req)
        if (text === null) return send(res, 413, { error: `body over ${MAX_BODY_BYTES} bytes` })
        let body: unknown
        try {
          body = JSON.parse(text)
        }
        catch {
          return send(res, 400, { error: 'malformed JSON' })
        }
        if (path === '/vote') {
          const vote = parseVote(body, questions)
          if ('error' in vote) return send(res, 400, { error: vote.error })
          if (!tally.vote(vote)) return send(res, 409, { error: 'the answer is revealed; voting is closed' })
          return send(res, 200, { ok: true, seq: broadcast(vote.questionId) })
        }
        if (req.headers['x-seminar-password'] !== password) return send(res, 403, { error: 'presenter only' })
        const id = (body as { questionId?: unknown })?.questionId
        if (path === '/current') {
          // The presenter's slide: a live quiz question, or null for any other slide.
          if (id !== null && (typeof id !== 'string' || !questions.has(id))) return send(res, 400, { error: 'unknown question' })
          const next = id && isLive(questions.get(id)!) ? id : null
          if (next !== current) {
            current = next
            toPhones('current', publicQuestion(current))
          }
          return send(res, 200, { ok: true })
        }
        if (path === '/reveal' || path === '/reset') {
          if (typeof id !== 'string' || !questions.has(id)) return send(res, 400, { error: 'unknown question' })
          if (path === '/reveal') tally.reveal(id)
          else tally.reset(id)
          return send(res, 200, { ok: true, seq: broadcast(id) })
        }
        return send(res, 404, { error: 'not found' })
      })
    },
  }
}

/** Without a seminar: the deck asks, and learns that live voting is off (no 404s in the console). */
export function seminarOffPlugin(): Plugin {
  return {
    name: 'rj-seminar-off',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/__seminar/state', (_req, res) => send(res, 200, { live: false, audienceUrl: '', tallies: [] }))
    },
  }
}
