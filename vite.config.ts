// Vite options that Slidev merges into its own config.

import process from 'node:process'
import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { lazyNotes } from './slidev/lazy-notes'
import { parserWithoutYaml } from './slidev/parser-without-yaml'
import { vueRuntimeOnly } from './slidev/vue-runtime-only'

/** `DECK_TARGET=scorm` builds the LMS package (tools/scorm-package.ts): SCORM reporting on, no service worker. */
const scorm = process.env.DECK_TARGET === 'scorm'

/**
 * The service worker of the hosted deck, built only by `slidev build` (never in dev, nor in the SCORM
 * package). The seminar serves this same build but answers `sw.js` with 404, so none installs there. It precaches
 * every file a slide can need: code, each quiz section, styles, the speaker notes (deck-notes.json), the
 * woff2 fonts and the maps, and answers every navigation (slides, `/study`, `/article`) with index.html,
 * so a deck opened once reopens offline. A new deployment waits until the learner accepts
 * components/UpdatePrompt.vue's "Reload" (app/offlineDeck.ts).
 */
function offline() {
  return VitePWA({
    // Off in the SCORM package: `virtual:pwa-register/vue` then registers nothing (app/offlineDeck.ts).
    disable: scorm,
    registerType: 'prompt',
    // app/offlineDeck.ts registers it, through `useRegisterSW`.
    injectRegister: false,
    manifest: false,
    workbox: {
      globPatterns: ['**/*.{js,css,html,json,woff2,svg,png,jpg,webp,ico}'],
      globIgnores: ['404.html'],
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [],
      cleanupOutdatedCaches: true,
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    },
  })
}

export default defineConfig({
  // Every patch of Slidev's own build lives in slidev/, named by the version it was read from, and is checked
  // against the built deck by tests/browser/slidev.spec.ts.
  plugins: [vueRuntimeOnly(), parserWithoutYaml(), lazyNotes(), offline()],
  define: { __DECK_SCORM__: JSON.stringify(scorm) },
  // Two Slidev dev servers on one project (say `npm run dev` and `npm run export`, which starts its own)
  // must not share Vite's dependency cache: when one re-optimises, the other's pages reload half-drawn,
  // and the PDF came out blank. The export and the seminar tests each get their own.
  cacheDir: process.env.DECK_VITE_CACHE_DIR || undefined,
  // Builds, exports and test output written inside the project (a seminar's deck build, say) must not
  // reload a dev server's pages, least of all under `slidev export` while it prints.
  server: { watch: { ignored: ['**/dist/**', '**/dist-*/**', '**/exports/**', '**/test-results/**', '**/.seminar/**'] } },
})
