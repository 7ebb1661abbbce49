/**
 * Slidev assumption (read from @slidev/cli 52.20.1, its Vite config's alias list): Slidev points `vue` at
 * `vue/dist/vue.esm-bundler.js`, Vue's full build, which carries the template compiler. On 52.20.1 with Vite 8
 * the compiler is not tree-shaken away: it lands in the `assets/modules/shiki-*.js` chunk of every first load
 * (about 29 kB compressed). Every template in this deck is compiled at build time, so `slidev build` resolves
 * that file to Vue's runtime-only build instead. Dev and export keep Slidev's default.
 *
 * Checked against the built deck by tests/browser/slidev.spec.ts ("no chunk of the deck or of the SCORM
 * package carries it", which reads every chunk, subfolders included). If a template were ever compiled at
 * runtime, the hosted deck would render blank: the browser specs would fail. If a Slidev release aliases `vue`
 * to another file, the plugin does nothing and the spec fails.
 *
 * Usage: `plugins: [vueRuntimeOnly()]` in vite.config.ts
 */

import type { Plugin } from 'vite'
import { createRequire } from 'node:module'

export function vueRuntimeOnly(): Plugin {
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
