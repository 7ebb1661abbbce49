// Vite options that Slidev merges into its own config.

import type { Plugin } from 'vite'
import { createRequire } from 'node:module'
import process from 'node:process'
import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { lazyNotes } from './slidev/lazy-notes'

/** `DECK_TARGET=scorm` builds the LMS package (scripts/scorm-package.ts): SCORM reporting on, no service worker. */
const scorm = process.env.DECK_TARGET === 'scorm'
/** The deck `npm run seminar` builds and serves to the presenter: no service worker either (scripts/seminar-build.ts). */
const seminar = process.env.SEMINAR_BUILD === '1'

/**
 * The service worker of the hosted deck, built only by `slidev build` (never in dev, nor in the SCORM
 * package or the seminar's own build, so `npm run dev` and `npm run seminar` register none). It precaches
 * every file a slide can need: code, each quiz section, styles, the speaker notes (deck-notes.json), the
 * woff2 fonts and the maps, and answers every navigation (slides, `/study`, `/article`) with index.html,
 * so a deck opened once reopens offline. A new deployment waits until the learner accepts
 * components/UpdatePrompt.vue's "Reload".
 */
function offline() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: 'script-defer',
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

/**
 * Slidev points `vue` at Vue's full build, which carries the template compiler: about 95 kB of every
 * first load. Every template in this deck is compiled at build time, so `slidev build` takes the
 * runtime-only build instead. Dev and export keep Slidev's default.
 */
function vueRuntimeOnly(): Plugin {
  const runtime = createRequire(import.meta.url).resolve('vue/dist/vue.runtime.esm-bundler.js')
  return {
    name: 'deck:vue-runtime-only',
    apply: 'build',
    enforce: 'pre',
    resolveId(id) {
      if (id.endsWith('/vue/dist/vue.esm-bundler.js'))
        return runtime
    },
  }
}

/**
 * Slidev's client takes `parseRangeString` from `@slidev/parser/core`, which also imports the `yaml`
 * library, and that lands in every first load (about 9 kB compressed) although the browser never parses
 * YAML. The same function lives in `@slidev/parser/utils` (core re-exports it from there), so the client's
 * import is pointed at that module instead. Build only; tests/browser/first-load.spec.ts checks it.
 */
function parserWithoutYaml(): Plugin {
  return {
    name: 'deck:parser-without-yaml',
    apply: 'build',
    enforce: 'pre',
    async resolveId(id, importer, options) {
      if (id === '@slidev/parser/core' && importer?.includes('/@slidev/client/'))
        return this.resolve('@slidev/parser/utils', importer, { ...options, skipSelf: true })
    },
  }
}

export default defineConfig({
  plugins: [vueRuntimeOnly(), parserWithoutYaml(), lazyNotes(), ...(scorm || seminar ? [] : [offline()])],
  define: { __DECK_SCORM__: JSON.stringify(scorm) },
  // Two Slidev dev servers on one project (say `npm run dev` and `npm run export`, which starts its own)
  // must not share Vite's dependency cache: when one re-optimises, the other's pages reload half-drawn,
  // and the PDF came out blank. The export and the seminar tests each get their own.
  cacheDir: process.env.DECK_VITE_CACHE_DIR || undefined,
  // Builds, exports and test output written inside the project (a seminar's deck build, say) must not
  // reload a dev server's pages, least of all under `slidev export` while it prints.
  server: { watch: { ignored: ['**/dist/**', '**/dist-*/**', '**/exports/**', '**/test-results/**', '**/.seminar/**'] } },
})
