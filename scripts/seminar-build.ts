/**
 * Builds the deck that `npm run seminar` serves to the presenter (`slidev build` with the seminar's
 * client and a presenter-password slot), only when its sources changed since the last build: a hash of
 * them is kept beside the build.
 *
 * Usage: `await ensureSeminarDeck('dist-seminar')` or `tsx scripts/seminar-build.ts [dir]`
 */

import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'

const SOURCES = ['slides.md', 'pages', 'components', 'layouts', 'quiz', 'setup', 'styles', 'composables', 'content', 'public', 'types', 'seminar/client.ts', 'seminar/tally.ts', 'seminar/deckPassword.ts', 'global-top.vue', 'global-bottom.vue', 'vite.config.ts', 'scripts/lazy-notes.ts', 'package-lock.json']

function* files(path: string): Generator<string> {
  if (!existsSync(path))
    return
  if (!statSync(path).isDirectory())
    return yield path
  for (const name of readdirSync(path).sort()) yield* files(join(path, name))
}

export function sourceHash(root = '.'): string {
  const hash = createHash('sha256')
  for (const source of SOURCES) {
    for (const file of files(join(root, source))) hash.update(file).update('\0').update(readFileSync(file)).update('\0')
  }
  return hash.digest('hex')
}

export function ensureSeminarDeck(dir: string): void {
  const stamp = join(dir, '.seminar-sources')
  const hash = sourceHash()
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash)
    return
  console.log(`  Building the deck for the seminar into ${dir}/ (only when the slides changed)…`)
  const r = spawnSync('npx', ['slidev', 'build', '--out', dir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, SEMINAR_BUILD: '1', VITE_SEMINAR: '1' },
  })
  if (r.status !== 0)
    throw new Error(`slidev build failed (exit ${r.status}):\n${r.stdout}${r.stderr}`)
  writeFileSync(stamp, hash)
}

if (import.meta.url === `file://${process.argv[1]}`)
  ensureSeminarDeck(process.argv[2] ?? 'dist-seminar')
