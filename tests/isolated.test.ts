import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ISOLATED } from './isolated'

const ROOT = join(import.meta.dirname, '..')
/** A call that replaces a module or a global for the rest of the file's run. */
const REPLACES = /\bvi\.(?:mock|doMock|stubGlobal|stubEnv|resetModules)\(/

const testFiles = (readdirSync(join(ROOT, 'tests'), { recursive: true }) as string[])
  .filter(f => f.endsWith('.test.ts'))
  .map(f => relative(ROOT, join(ROOT, 'tests', f)).replaceAll('\\', '/'))

describe('given the unit test files that share one module graph (vitest.config.ts)', () => {
  it('lists every file that replaces a module or a global as isolated', () => {
    const replacing = testFiles.filter(f => REPLACES.test(readFileSync(join(ROOT, f), 'utf8')))
    expect(replacing.length).toBeGreaterThan(0)
    expect(replacing.filter(f => !ISOLATED.includes(f))).toEqual([])
  })

  it('lists only files that exist', () => {
    expect(ISOLATED.filter(f => !existsSync(join(ROOT, f)))).toEqual([])
  })
})
