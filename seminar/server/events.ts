/**
 * Server-sent event streams with limits: so many clients per network address and in total, a comment
 * line every 15 s so that idle connections stay open through Wi-Fi and proxies, and any client that
 * stops reading (its unsent data piles up) is dropped rather than held in memory.
 *
 * Usage: `const hub = createEventHub({ perAddress: 8, total: 1000 })`; `hub.open(res, address, meta)`; `hub.send('tally', data)`; `hub.sendEach('current', meta => data)`
 */

import type { ServerResponse } from 'node:http'

export interface HubOptions {
  /** Streams one network address may hold: a number, or asked each time (a cap the presenter can raise). */
  perAddress: number | ((address: string) => number)
  total: number
  heartbeatMs?: number
  /** Bytes a client may leave unread before it is dropped. */
  maxUnread?: number
}

/** What the hub needs of a response; Node's ServerResponse has it, tests pass a fake. */
export type Stream = Pick<ServerResponse, 'write' | 'writeHead' | 'end' | 'destroy' | 'on' | 'writableLength'>

interface Client<Meta> { res: Stream, address: string, meta: Meta }

export const HEARTBEAT_MS = 15_000

export const formatEvent = (event: string, data: unknown) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`

export function createEventHub<Meta = undefined>({ perAddress, total, heartbeatMs = HEARTBEAT_MS, maxUnread = 256 * 1024 }: HubOptions) {
  const clients = new Set<Client<Meta>>()
  const count = (address: string) => [...clients].filter(c => c.address === address).length

  function write(c: Client<Meta>, text: string) {
    if (c.res.writableLength > maxUnread)
      return drop(c)
    c.res.write(text)
  }
  function drop(c: Client<Meta>) {
    clients.delete(c)
    c.res.destroy()
  }

  const timer = setInterval(() => {
    for (const c of clients) write(c, ': heartbeat\n\n')
  }, heartbeatMs)
  timer.unref?.()

  return {
    get size() {
      return clients.size
    },
    /**
     * Starts a stream, or refuses it with 429 when the address or the server is at its limit.
     * `first` is sent to this client alone before anything else.
     */
    open(res: Stream, address: string, meta: Meta, first?: string): boolean {
      if (clients.size >= total || count(address) >= (typeof perAddress === 'number' ? perAddress : perAddress(address))) {
        res.writeHead(429, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
        res.end('Too many open connections from this network address.')
        return false
      }
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', 'connection': 'keep-alive', 'x-accel-buffering': 'no' })
      const c = { res, address, meta }
      clients.add(c)
      res.on('close', () => clients.delete(c))
      if (first)
        write(c, first)
      return true
    },
    /** Sends the same event to every client. */
    send(event: string, data: unknown) {
      const text = formatEvent(event, data)
      for (const c of clients) write(c, text)
    },
    /** Sends each client its own data (say, the phone's own ballot). */
    sendEach(event: string, data: (meta: Meta) => unknown) {
      for (const c of clients) write(c, formatEvent(event, data(c.meta)))
    },
    close() {
      clearInterval(timer)
      for (const c of clients) c.res.end()
      clients.clear()
    },
  }
}

export type EventHub<Meta> = ReturnType<typeof createEventHub<Meta>>
