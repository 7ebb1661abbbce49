/**
 * Small HTTP helpers shared by the seminar's two servers: a JSON body read with a size limit, replies
 * that are never cached or sniffed, the client's address and its cookies.
 *
 * Usage: `const body = await readJson(req)`; `if ('status' in body) return reply(res, body.status, { error: body.error })`
 */

import type { IncomingMessage, ServerResponse } from 'node:http'
import { Buffer } from 'node:buffer'
import { MAX_BODY_BYTES } from './tally'

function readBody(req: IncomingMessage, max: number): Promise<string | null> {
  return new Promise((resolve) => {
    let size = 0
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size <= max)
        chunks.push(c)
      // Past the limit, drain a little (so the client reads a 413, not a reset), then cut it off.
      else if (size > 64 * max)
        req.destroy()
    })
    req.on('end', () => resolve(size > max ? null : Buffer.concat(chunks).toString('utf8')))
    req.on('error', () => resolve(null))
  })
}

/** The request's JSON body, or the status and reason to refuse it with; `max` bytes at most (a ballot's 1 KB by default). */
export async function readJson(req: IncomingMessage, max = MAX_BODY_BYTES): Promise<{ body: unknown } | { status: number, error: string }> {
  if (!String(req.headers['content-type'] ?? '').startsWith('application/json'))
    return { status: 415, error: 'JSON only' }
  const text = await readBody(req, max)
  if (text === null)
    return { status: 413, error: `body over ${max} bytes` }
  try {
    return { body: JSON.parse(text) as unknown }
  }
  catch {
    return { status: 400, error: 'malformed JSON' }
  }
}

export function reply(res: ServerResponse, status: number, body: unknown, type = 'application/json', headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers })
  res.end(typeof body === 'string' ? body : JSON.stringify(body))
}

const IPV4_MAPPED_PREFIX = /^::ffff:/

/** The client's network address (IPv4-mapped IPv6 written as plain IPv4). */
export const clientAddress = (req: IncomingMessage) => (req.socket.remoteAddress ?? '').replace(IPV4_MAPPED_PREFIX, '')

export function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of String(req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=')
    if (k === name)
      return v.join('=')
  }
  return undefined
}

/** The request path without its query. */
export const pathOf = (req: IncomingMessage) => (req.url ?? '/').split('?')[0]!
