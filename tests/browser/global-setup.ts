// Before any browser test: `slidev build` once, under /deck/, into dist-test, and serve it on 127.0.0.1 as a
// static host would. Every project uses this one build: the deck's specs through this server, the offline
// specs through copies of it, the seminar through its own server (SEMINAR_DECK_DIR). Torn down after the run.

import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { serveDeck } from '../../tools/serve'
import { DECK, DECK_PORT, reuse, ROOT } from './built'

export default async function globalSetup() {
  if (!reuse(join(DECK.dir, 'index.html'))) {
    const started = Date.now()
    const run = spawnSync('npx', ['slidev', 'build', '--base', DECK.base, '--out', DECK.dir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] })
    if (run.status !== 0)
      throw new Error(`slidev build for the browser tests failed (exit ${run.status})`)
    // eslint-disable-next-line no-console -- the run's one build: its time is worth seeing beside the tests'
    console.log(`Built the deck for the browser tests in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  }
  const server = await serveDeck(DECK.dir, DECK.base, DECK_PORT)
  return () => new Promise<void>((resolve) => {
    server.closeAllConnections()
    server.close(() => resolve())
  })
}
