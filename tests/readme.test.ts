// The README names files as they are: a path in backticks that no longer exists is stale text that sends the
// next maintainer looking for nothing. (The folder table names some paths from inside their folder:
// `server/conductor.ts` in the `seminar/` row.)

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..')
/** A file path in backticks: a folder, a name and an extension (`slidev/lazy-notes.ts`). */
const PATH = /`((?:[\w.-]+\/)+[\w.-]+\.(?:ts|vue|md|html|json|css|js|mts|txt))`/g
/** Paths the README names that a build or a run makes, not the repository. */
const MADE = /^(?:dist|exports|node_modules|test-results|bench\/results)\//

const folders = readdirSync(ROOT).filter(f => !f.startsWith('.') && f !== 'node_modules' && statSync(join(ROOT, f)).isDirectory())
const exists = (path: string) => existsSync(join(ROOT, path)) || folders.some(f => existsSync(join(ROOT, f, path)))

describe('given the README', () => {
  const text = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const paths = [...new Set(Array.from(text.matchAll(PATH), m => m[1]!))].filter(p => !MADE.test(p))

  it('names files that exist', () => {
    expect(paths.length).toBeGreaterThan(10)
    expect(paths.filter(p => !exists(p))).toEqual([])
  })
})
