// The installed tree, as `npm ci` left it. Vue and its router are singletons: Slidev's client and this deck
// must share one copy, or `inject(routerKey)` finds no router and links fall back to plain URLs without a
// word. package.json asks for them with Slidev's own ranges so that npm can dedupe them.

import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..')

/** Every installed copy of `name` under `dir`'s node_modules, nested ones included, as paths from the root. */
function copiesOf(name: string, dir = ROOT): string[] {
  const modules = join(dir, 'node_modules')
  if (!existsSync(modules))
    return []
  const found = existsSync(join(modules, name, 'package.json')) ? [relative(ROOT, join(modules, name))] : []
  for (const entry of readdirSync(modules)) {
    if (entry.startsWith('.'))
      continue
    const packages = entry.startsWith('@') ? readdirSync(join(modules, entry)).map(p => join(modules, entry, p)) : [join(modules, entry)]
    for (const p of packages) found.push(...copiesOf(name, p))
  }
  return found
}

describe('given the installed dependencies', () => {
  it.each(['vue', 'vue-router'])('has one copy of %s', (name) => {
    expect(copiesOf(name)).toEqual([join('node_modules', name)])
  })

  it('asks for vue and vue-router with the ranges Slidev\'s client declares', () => {
    const own = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }
    const client = JSON.parse(readFileSync(join(ROOT, 'node_modules/@slidev/client/package.json'), 'utf8')) as { dependencies: Record<string, string> }
    for (const name of ['vue', 'vue-router']) expect(own.dependencies[name], name).toBe(client.dependencies[name])
  })
})
