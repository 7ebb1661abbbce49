/**
 * The seminar server: a Vite plugin that Slidev merges into its dev server (`npm run seminar`).
 * It takes votes over HTTP, counts them here (Slidev's server-reactive state is last-write-wins and
 * loses simultaneous votes), pushes tallies to every client over Vite's websocket, and saves them
 * atomically to `.seminar/tallies.json` so a restart keeps the room's votes.
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
import { createTally, MAX_BODY_BYTES, parseVote, type SavedTallies } from './tally'

export interface SeminarOptions {
  /** The presenter password (also Slidev's `--remote` password); required to reveal or reset. */
  password: string
  /** What audience phones open, shown on the Join slide and as its QR code. */
  audienceUrl: string
  /** Where tallies survive a restart. */
  file?: string
}

export const TALLY_EVENT = 'seminar:tally'

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve) => {
    let size = 0
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size > MAX_BODY_BYTES) {
        resolve(null)
        req.destroy()
      }
      else chunks.push(c)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
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
      const broadcast = (questionId: string) => {
        seq += 1
        server.ws.send({ type: 'custom', event: TALLY_EVENT, data: { ...tally.snapshot(questionId), seq } })
        save()
        return seq
      }

      server.middlewares.use('/__seminar', async (req, res) => {
        const path = (req.url ?? '/').split('?')[0]
        if (req.method === 'GET' && path === '/state') return send(res, 200, { live: true, audienceUrl, tallies: tally.all() })
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
        if (path === '/reveal' || path === '/reset') {
          if (req.headers['x-seminar-password'] !== password) return send(res, 403, { error: 'presenter only' })
          const id = (body as { questionId?: unknown })?.questionId
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
