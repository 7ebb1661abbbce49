// @vitest-environment happy-dom
// The hosted deck's update prompt: what this deck adds to vite-plugin-pwa's useRegisterSW (which Workbox's
// browser tests cover; tests/browser/offline.spec.ts runs the real thing).

import type { RegisterSWOptions } from 'vite-plugin-pwa/types'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { TAKEOVER_WAIT_MS, UPDATE_CHECK_MS, useOfflineDeck } from '../../app/offlineDeck'
import { SEMINAR_MARK } from '../../seminar/protocol'

/** A stand-in for useRegisterSW: records its options and what the deck asks of it. */
function fakeRegister() {
  const calls = { options: undefined as RegisterSWOptions | undefined, updates: [] as (boolean | undefined)[] }
  const needRefresh = ref(false)
  const register = (options: RegisterSWOptions = {}) => {
    calls.options = options
    return { needRefresh, offlineReady: ref(false), updateServiceWorker: async (reload?: boolean) => void calls.updates.push(reload) }
  }
  return { register, needRefresh, calls }
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
  document.head.innerHTML = ''
})

describe('given the hosted deck', () => {
  it('says a new version is waiting when the service worker says so', () => {
    const fake = fakeRegister()
    const deck = useOfflineDeck({ register: fake.register })
    expect(deck.waiting.value).toBe(false)
    fake.needRefresh.value = true
    expect(deck.waiting.value).toBe(true)
  })

  it('lets the new version take over on Reload, and reloads anyway if it has not within a few seconds', () => {
    const fake = fakeRegister()
    const reloadPage = vi.fn()
    useOfflineDeck({ register: fake.register, reloadPage }).reload()
    expect(fake.calls.updates).toEqual([true])
    vi.advanceTimersByTime(TAKEOVER_WAIT_MS - 1)
    expect(reloadPage).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(reloadPage).toHaveBeenCalledTimes(1)
  })

  it('asks the server for a new version every hour while the deck stays open', () => {
    const fake = fakeRegister()
    useOfflineDeck({ register: fake.register })
    const registration = { update: vi.fn(async () => {}) }
    fake.calls.options!.onRegisteredSW!('sw.js', registration as unknown as ServiceWorkerRegistration)
    vi.advanceTimersByTime(UPDATE_CHECK_MS * 2)
    expect(registration.update).toHaveBeenCalledTimes(2)
  })
})

describe('given a page the seminar\'s server served', () => {
  it('registers no service worker, and Reload has nothing to do', () => {
    document.head.innerHTML = SEMINAR_MARK
    const fake = fakeRegister()
    const deck = useOfflineDeck({ register: fake.register })
    expect(fake.calls.options).toBeUndefined()
    deck.reload()
    expect(fake.calls.updates).toEqual([])
  })
})
