import type { Stream } from '../../../seminar/server/events'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createEventHub } from '../../../seminar/server/events'

function fakeStream() {
  const s = {
    status: 0,
    written: [] as string[],
    destroyed: false,
    ended: false,
    writableLength: 0,
    closeHandler: undefined as (() => void) | undefined,
    writeHead(status: number) {
      s.status = status
      return s
    },
    write(text: string) {
      s.written.push(text)
      return true
    },
    end() {
      s.ended = true
      return s
    },
    destroy() {
      s.destroyed = true
      s.closeHandler?.()
      return s
    },
    on(event: string, fn: () => void) {
      if (event === 'close')
        s.closeHandler = fn
      return s
    },
  }
  return s as typeof s & Stream
}

afterEach(() => vi.useRealTimers())

describe('given an event hub', () => {
  it('refuses a client over the per-address cap or the total with 429', () => {
    const hub = createEventHub({ perAddress: 2, total: 3 })
    const opened = ['a', 'a', 'a', 'b', 'c'].map(address => ({ address, s: fakeStream() }))
    const ok = opened.map(({ address, s }) => hub.open(s, address, undefined))
    expect(ok).toEqual([true, true, false, true, false])
    expect(opened.map(o => o.s.status)).toEqual([200, 200, 429, 200, 429])
    hub.close()
  })

  it('sends each client its own data when asked, and a heartbeat every 15 s', () => {
    vi.useFakeTimers()
    const hub = createEventHub<{ name: string }>({ perAddress: 5, total: 5 })
    const [a, b] = [fakeStream(), fakeStream()]
    hub.open(a, 'x', { name: 'a' })
    hub.open(b, 'y', { name: 'b' })
    hub.sendEach('hello', m => ({ to: m.name }))
    expect(a.written).toEqual(['event: hello\ndata: {"to":"a"}\n\n'])
    expect(b.written).toEqual(['event: hello\ndata: {"to":"b"}\n\n'])
    vi.advanceTimersByTime(15_000)
    expect(a.written.at(-1)).toBe(': heartbeat\n\n')
    hub.close()
  })

  it('drops a client that stops reading, and frees its place', () => {
    const hub = createEventHub({ perAddress: 1, total: 5, maxUnread: 100 })
    const slow = fakeStream()
    hub.open(slow, 'x', undefined)
    slow.writableLength = 1000
    hub.send('tally', { n: 1 })
    expect(slow.destroyed).toBe(true)
    expect(hub.size).toBe(0)
    expect(hub.open(fakeStream(), 'x', undefined)).toBe(true)
    hub.close()
  })
})
