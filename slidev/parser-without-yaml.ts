/**
 * Slidev assumption (read from @slidev/client 52.20.1, `logic/utils.ts` and friends): the client imports
 * `parseRangeString` from `@slidev/parser/core`, which also imports the `yaml` library, and that lands in
 * every first load (about 9 kB compressed) although the browser never parses YAML. The same function lives in
 * `@slidev/parser/utils` (core re-exports it from there), so this Vite plugin points the client's import at
 * that module instead. `slidev build` only.
 *
 * Checked against the built deck by tests/browser/slidev.spec.ts ("slide 1 loads no YAML parser"). If a
 * Slidev release stops importing core from the client, the plugin does nothing and can go.
 *
 * Usage: `plugins: [parserWithoutYaml()]` in vite.config.ts
 */

import type { Plugin } from 'vite'

export function parserWithoutYaml(): Plugin {
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
