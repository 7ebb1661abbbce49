/**
 * The ordinary build of the deck (`npm run build`: `slidev build`, then the precompressed copies), made
 * again only when a file of the project is newer than the build. Every file counts except what builds,
 * tests and runs write (and the tests, tools and bench, which the deck does not include): a list of what
 * to leave out, never a list of inputs to keep up to date.
 *
 * Usage: `ensureBuilt(reason => console.log(reason))` (npm run seminar); `newerThanBuild('dist')` → the first newer file, if any
 */

import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

const ROOT = join(import.meta.dirname, '..')

/** Folders whose files are not the deck's sources: outputs, caches, and code the deck never includes. */
const NOT_SOURCES = /^(?:node_modules|\.git|\.slidev|\.seminar|dist(?:-.*)?|exports|test-results|playwright-report|bench|tests|tools|scripts)$/

function* sources(dir: string, atTop = true): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (!(atTop && NOT_SOURCES.test(entry.name)))
        yield* sources(path, false)
    }
    else {
      yield path
    }
  }
}

/** The first source file newer than the build in `dir` (relative to the project), or the build's index.html when there is none. */
export function newerThanBuild(dir: string, root = ROOT): string | undefined {
  const index = join(root, dir, 'index.html')
  if (!existsSync(index))
    return relative(root, index)
  const built = statSync(index).mtimeMs
  for (const file of sources(root)) {
    if (statSync(file).mtimeMs > built)
      return relative(root, file)
  }
  return undefined
}

/** Runs `npm run build` (into dist/) when a source is newer than the build there, or there is none; says why first. */
export function ensureBuilt(onBuild: (reason: string) => void = () => {}) {
  const newer = newerThanBuild('dist')
  if (!newer)
    return
  onBuild(`${newer} is newer than the last build`)
  const run = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' })
  if (run.status !== 0)
    throw new Error(`npm run build failed (exit ${run.status}):\n${run.stdout}${run.stderr}`)
}
