// Before any browser test: the two builds every spec shares, made once and side by side (one core each):
// `slidev build` under /deck/ into dist-test, served on 127.0.0.1 as a static host would (the deck's specs
// through this server, the offline specs through copies of it, the seminar through its own server with
// SEMINAR_DECK_DIR), and the SCORM package (scorm.spec.ts unpacks it as an LMS would; slidev.spec.ts checks
// the links of its hash-mode build). Torn down after the run.

import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { buildForLmsAsync, packageDir } from '../../tools/scorm-package'
import { serveDeck } from '../../tools/serve'
import { DECK, DECK_PORT, LMS, reuse, ROOT } from './built'

async function timed(what: string, build: () => Promise<void>) {
  const started = Date.now()
  await build()
  // eslint-disable-next-line no-console -- the run's builds: their time is worth seeing beside the tests'
  console.log(`Built ${what} for the browser tests in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

function buildDeck(): Promise<void> {
  return new Promise((resolve, reject) => {
    spawn('npx', ['slidev', 'build', '--base', DECK.base, '--out', DECK.dir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] })
      .on('close', status => status === 0 ? resolve() : reject(new Error(`slidev build for the browser tests failed (exit ${status})`)))
  })
}

async function buildLms() {
  await buildForLmsAsync(LMS.dir)
  packageDir(LMS.dir, LMS.zip)
}

/**
 * Both builds at once, one core each. Slidev 52.20.1 rewrites its generated import-glob modules
 * (node_modules/.slidev/virtual/import-glob.<hash>.ts) in every build, so a build can read one that the other
 * is rewriting at that moment ("\"default\" is not exported"; seen once here, 2026-12-07). A build that
 * fails is run again, alone, once the other has finished; a second failure is a real one.
 */
async function buildBoth(builds: [string, () => Promise<void>][]) {
  const results = await Promise.allSettled(builds.map(([what, build]) => timed(what, build)))
  for (const [i, r] of results.entries()) {
    if (r.status === 'rejected') {
      const [what, build] = builds[i]!
      // eslint-disable-next-line no-console -- a retried build is worth seeing in the run's log
      console.log(`Building ${what} again, alone: ${(r.reason as Error).message}`)
      await timed(what, build)
    }
  }
}

export default async function globalSetup() {
  await buildBoth([
    ...(reuse(join(DECK.dir, 'index.html')) ? [] : [['the deck', buildDeck] as [string, () => Promise<void>]]),
    ...(reuse(LMS.zip) ? [] : [['the SCORM package', buildLms] as [string, () => Promise<void>]]),
  ])
  const server = await serveDeck(DECK.dir, DECK.base, DECK_PORT)
  return () => new Promise<void>((resolve) => {
    server.closeAllConnections()
    server.close(() => resolve())
  })
}
