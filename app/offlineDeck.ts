/**
 * The hosted deck's service worker (vite.config.ts), registered through vite-plugin-pwa's `useRegisterSW`.
 * A new deployment installs in the background and waits; `waiting` turns true, and `reload` lets it take
 * over (Workbox's SKIP_WAITING) and reloads once it controls the page. If it has not taken over within
 * `TAKEOVER_WAIT_MS` (a busy browser, a worker gone), the page reloads anyway, so Reload never does nothing:
 * at worst the old version loads and offers the update again. An open deck asks for a new version hourly
 * (browsers also check on every load). The SCORM package and a page the seminar's server served register
 * nothing; in dev and export the plugin hands back a register that does nothing.
 *
 * Usage: `const { waiting, reload } = useOfflineDeck()`
 */

import type { Ref } from 'vue'
import { useRegisterSW } from 'virtual:pwa-register/vue'
import { ref } from 'vue'
import { servedBySeminar } from '../seminar/client/useSeminar'

/** How often an open deck asks the server for a new service worker. */
export const UPDATE_CHECK_MS = 60 * 60 * 1000
/** How long Reload waits for the new version to take over before reloading anyway. */
export const TAKEOVER_WAIT_MS = 4000

export interface OfflineDeck {
  /** A new version has installed and waits for the learner's word. */
  waiting: Ref<boolean>
  reload: () => void
}

export function useOfflineDeck({ register = useRegisterSW, reloadPage = () => window.location.reload() } = {}): OfflineDeck {
  if (__DECK_SCORM__ || servedBySeminar())
    return { waiting: ref(false), reload: () => {} }
  const { needRefresh, updateServiceWorker } = register({
    onRegisteredSW(_url, registration) {
      if (registration)
        setInterval(() => registration.update().catch(() => {}), UPDATE_CHECK_MS)
    },
  })
  return {
    waiting: needRefresh,
    reload() {
      void updateServiceWorker(true)
      setTimeout(reloadPage, TAKEOVER_WAIT_MS)
    },
  }
}
