/**
 * Updates of the offline deck. The service worker (vite.config.ts) installs a new deployment in the
 * background and leaves it waiting; this offers it to the learner, and on their word lets it take over
 * and reloads. A first visit (no controlling worker yet) offers nothing: there is nothing stale to replace.
 *
 * Usage: `watchForUpdate(navigator.serviceWorker, w => { waiting.value = w })`; `applyUpdate(navigator.serviceWorker, w)`
 */

/** The part of `ServiceWorkerContainer` used here, so tests can hand in a fake. */
export type WorkerContainer = Pick<ServiceWorkerContainer, 'ready' | 'controller' | 'addEventListener'>

/** How often an open deck asks the server for a new service worker (browsers also check on every load). */
export const UPDATE_CHECK_MS = 60 * 60 * 1000

/** Calls `onWaiting` with each new version that has installed while an older one serves this page. */
export function watchForUpdate(container: WorkerContainer, onWaiting: (worker: ServiceWorker) => void, every = UPDATE_CHECK_MS) {
  void container.ready.then((registration) => {
    const offer = (worker: ServiceWorker | null) => {
      if (worker && container.controller)
        onWaiting(worker)
    }
    offer(registration.waiting)
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed')
          offer(worker)
      })
    })
    if (every > 0)
      setInterval(() => registration.update().catch(() => {}), every)
  })
}

/** How long Reload waits for the new version to take over before reloading anyway. */
export const TAKEOVER_WAIT_MS = 4000

/**
 * Lets the waiting version take over (Workbox's SKIP_WAITING message), then reloads once it controls the
 * page. If it has not taken over within `waitMs` (the browser is busy, or the worker went away), the page
 * reloads anyway, so Reload never does nothing: at worst the old version loads and offers the update again.
 */
export function applyUpdate(container: WorkerContainer, worker: ServiceWorker, reload = () => window.location.reload(), waitMs = TAKEOVER_WAIT_MS) {
  let done = false
  const once = () => {
    if (!done) {
      done = true
      reload()
    }
  }
  container.addEventListener('controllerchange', once, { once: true })
  worker.postMessage({ type: 'SKIP_WAITING' })
  setTimeout(once, waitMs)
}
