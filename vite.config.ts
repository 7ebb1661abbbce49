// Vite options that Slidev merges into its own config.
import { createRequire } from 'node:module'
import { defineConfig, type Plugin } from 'vite'

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
      if (id.endsWith('/vue/dist/vue.esm-bundler.js')) return runtime
    },
  }
}

export default defineConfig({
  plugins: [vueRuntimeOnly()],
  // Two Slidev dev servers on one project (say `npm run dev` and `npm run export`, which starts its own)
  // must not share Vite's dependency cache: when one re-optimises, the other's pages reload half-drawn,
  // and the PDF came out blank. The export and the seminar tests each get their own.
  cacheDir: process.env.DECK_VITE_CACHE_DIR || undefined,
})
