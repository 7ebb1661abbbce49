// The READMEs name files as they are: a path in backticks that no longer exists is stale text that sends the
// next maintainer looking for nothing. (The folder table names some paths from inside their folder:
// `server/conductor.ts` in the `seminar/` row.)

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..')
/** A file path in backticks: a folder, a name and an extension (`slidev/lazy-notes.ts`). */
const PATH = /`((?:[\w.-]+\/)+[\w.-]+\.(?:ts|vue|md|html|json|css|js|mts|txt))`/g
/** Where a build or a run writes: paths named there are not the repository's, and a stale path must not be found there. */
const MADE = /^(?:dist[\w-]*|exports|node_modules|test-results|bench\/results|bench\/\.bare)(?:\/|$)/

const folders = readdirSync(ROOT).filter(f => !f.startsWith('.') && !MADE.test(f) && statSync(join(ROOT, f)).isDirectory())
const exists = (path: string) => existsSync(join(ROOT, path)) || folders.some(f => existsSync(join(ROOT, f, path)))

describe.each(['README.md', 'bench/README.md'])('given %s', (readme) => {
  const text = readFileSync(join(ROOT, readme), 'utf8')
  const paths = [...new Set(Array.from(text.matchAll(PATH), m => m[1]!))].filter(p => !MADE.test(p))

  it('names files that exist', () => {
    expect(paths.length).toBeGreaterThan(10)
    expect(paths.filter(p => !exists(p))).toEqual([])
  })
})
