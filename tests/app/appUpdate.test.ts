import type { WorkerContainer } from '../../app/appUpdate'
import { describe, expect, it, vi } from 'vitest'
import { applyUpdate, watchForUpdate } from '../../app/appUpdate'

/** A fake service worker: an EventTarget with a state and a message log. */
function fakeWorker(state: ServiceWorkerState = 'installing') {
  const worker = Object.assign(new EventTarget(), { state, messages: [] as unknown[] })
  return Object.assign(worker, { postMessage: (m: unknown) => worker.messages.push(m) })
}

function fakeRegistration(waiting: ReturnType<typeof fakeWorker> | null = null) {
  return Object.assign(new EventTarget(), { waiting, installing: null as ReturnType<typeof fakeWorker> | null, update: vi.fn(async () => {}) })
}

function fakeContainer(registration: ReturnType<typeof fakeRegistration>, controlled: boolean) {
  const c = Object.assign(new EventTarget(), {
    ready: Promise.resolve(registration as unknown as ServiceWorkerRegistration),
    controller: (controlled ? {} : null) as ServiceWorker | null,
  })
  return c as unknown as WorkerContainer & EventTarget
}

const flush = () => new Promise(resolve => setTimeout(resolve, 0))

describe('given a deck served by an older service worker', () => {
  it('offers a version that was already waiting when the page opened', async () => {
    const waiting = fakeWorker('installed')
    const offered: unknown[] = []
    watchForUpdate(fakeContainer(fakeRegistration(waiting), true), w => offered.push(w), 0)
    await flush()
    expect(offered).toEqual([waiting])
  })

  it('offers a new version once it has finished installing, not before', async () => {
    const registration = fakeRegistration()
    const offered: unknown[] = []
    watchForUpdate(fakeContainer(registration, true), w => offered.push(w), 0)
    await flush()
    const next = fakeWorker('installing')
    registration.installing = next
    registration.dispatchEvent(new Event('updatefound'))
    next.dispatchEvent(new Event('statechange'))
    expect(offered).toEqual([])
    next.state = 'installed'
    next.dispatchEvent(new Event('statechange'))
    expect(offered).toEqual([next])
  })

  it('asks the server for a new version every interval', async () => {
    vi.useFakeTimers()
    const registration = fakeRegistration()
    watchForUpdate(fakeContainer(registration, true), () => {}, 1000)
    await vi.advanceTimersByTimeAsync(3500)
    expect(registration.update).toHaveBeenCalledTimes(3)
    vi.useRealTimers()
  })
})

describe('given a first visit, with no service worker in control yet', () => {
  it('offers nothing when the first version installs', async () => {
    const registration = fakeRegistration()
    const offered: unknown[] = []
    watchForUpdate(fakeContainer(registration, false), w => offered.push(w), 0)
    await flush()
    const first = fakeWorker('installed')
    registration.installing = first
    registration.dispatchEvent(new Event('updatefound'))
    first.dispatchEvent(new Event('statechange'))
    expect(offered).toEqual([])
  })
})

describe('given the learner presses Reload', () => {
  it('tells the waiting version to take over and reloads once, when it controls the page', () => {
    const container = fakeContainer(fakeRegistration(), true)
    const worker = fakeWorker('installed')
    const reload = vi.fn()
    applyUpdate(container, worker as unknown as ServiceWorker, reload)
    expect(worker.messages).toEqual([{ type: 'SKIP_WAITING' }])
    expect(reload).not.toHaveBeenCalled()
    container.dispatchEvent(new Event('controllerchange'))
    container.dispatchEvent(new Event('controllerchange'))
    expect(reload).toHaveBeenCalledTimes(1)
  })

  it('reloads anyway when the new version has not taken over in time, and only once', async () => {
    vi.useFakeTimers()
    try {
      const container = fakeContainer(fakeRegistration(), true)
      const reload = vi.fn()
      applyUpdate(container, fakeWorker('installed') as unknown as ServiceWorker, reload, 4000)
      vi.advanceTimersByTime(3999)
      expect(reload).not.toHaveBeenCalled()
      vi.advanceTimersByTime(1)
      expect(reload).toHaveBeenCalledTimes(1)
      container.dispatchEvent(new Event('controllerchange'))
      expect(reload).toHaveBeenCalledTimes(1)
    }
    finally {
      vi.useRealTimers()
    }
  })
})
