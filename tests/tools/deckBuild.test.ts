// `npm run seminar` builds the deck again only when a source is newer than dist/.

import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { newerThanBuild } from '../../tools/deckBuild'

function project() {
  const root = mkdtempSync(join(tmpdir(), 'rj-project-'))
  for (const dir of ['pages', 'dist', 'tests', 'node_modules/x']) mkdirSync(join(root, dir), { recursive: true })
  const at = (file: string, seconds: number) => {
    writeFileSync(join(root, file), '')
    utimesSync(join(root, file), seconds, seconds)
  }
  return { root, at }
}

describe('given a project and its build', () => {
  it('asks for a build when there is none', () => {
    const { root } = project()
    expect(newerThanBuild('dist', root)).toBe(join('dist', 'index.html'))
  })

  it('names a source edited after the build, wherever it sits', () => {
    const { root, at } = project()
    at('dist/index.html', 1000)
    at('pages/02-context.md', 2000)
    expect(newerThanBuild('dist', root)).toBe(join('pages', '02-context.md'))
  })

  it('ignores what builds, tests and installs write', () => {
    const { root, at } = project()
    at('pages/02-context.md', 1000)
    at('dist/index.html', 2000)
    at('tests/new.test.ts', 3000)
    at('node_modules/x/index.js', 3000)
    expect(newerThanBuild('dist', root)).toBeUndefined()
  })
})
