// The installed tree, as `npm ci` left it. Vue and its router are singletons: Slidev's client and this deck
// must share one copy, or `inject(routerKey)` finds no router and links fall back to plain URLs without a
// word. package.json asks for them with Slidev's own ranges so that npm can dedupe them. And every package
// the code imports is declared, so that none works only because npm hoisted another package's dependency.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { extname, join, relative } from 'node:path'
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

/** Source folders and top-level files whose imports must name declared packages. */
const SOURCES = ['app', 'bench', 'components', 'content', 'layouts', 'lms', 'pages', 'quiz', 'scripts', 'seminar', 'setup', 'slidev', 'styles', 'tests', 'tools', 'types']
const CODE = new Set(['.ts', '.mts', '.js', '.vue', '.md', '.html', '.css'])

function codeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry)
    if (entry.startsWith('.') || entry === 'node_modules')
      return []
    return statSync(path).isDirectory() ? codeFiles(path) : CODE.has(extname(entry)) ? [path] : []
  })
}

/** `/// <reference types="…" />`: read before comments are dropped, since it is one. */
const REFERENCE = /^\/\/\/\s*<reference\s+types="([^"]+)"/gm
/** Comments, whose words could hold a quote or the word "from": a block, or a line comment after a space or at a line's start (not `http://`). */
const COMMENT = /\/\*[\s\S]*?\*\/|(?:^|(?<=\s))\/\/.*$/gm
/** `import … from '…'` and `export … from '…'` (over several lines too), `import '…'`, `import('…')` and CSS's `@import '…'`. */
const IMPORT = /\b(import|export)(\s+type)?\s[^'"`;]*?\sfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*@?import\s+['"]([^'"]+)['"]/gm

/** The packages a source text imports, each with whether only types are taken (`import type`, a types reference). */
function importedPackages(text: string): { name: string, typeOnly: boolean }[] {
  const specifiers = [
    ...Array.from(text.matchAll(REFERENCE), m => ({ specifier: m[1]!, typeOnly: true })),
    ...Array.from(text.replace(COMMENT, '').matchAll(IMPORT), m => ({ specifier: m[3] ?? m[4] ?? m[5]!, typeOnly: !!m[2] })),
  ]
  return specifiers.filter(({ specifier }) => !/^(?:\.|\/|node:|virtual:)/.test(specifier) && /^[@a-z]/i.test(specifier)).map(({ specifier, typeOnly }) => {
    const parts = specifier.split('/')
    return { name: specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!, typeOnly }
  })
}

describe('given the packages the code imports', () => {
  it('reads the forms an import takes', () => {
    const text = [
      `/// <reference types="vite/client" />`,
      `import { a } from 'vue'`,
      `import type { B } from '@slidev/types/client'`,
      `export { c } from './c'`,
      `export * from 'valibot'`,
      `import x, { y } from 'qrcode'`,
      `import {\n  // Slidev's own, from 'nowhere'\n  d,\n} from 'fflate'`,
      `import { type E } from 'sirv'`,
      `import 'side-effect'`,
      `const f = await import('d3-geo')`,
      `import fs from 'node:fs' // see https://example.org/'quoted'`,
      `@import '@fontsource/nunito-sans/400.css';`,
    ].join('\n')
    expect(importedPackages(text)).toEqual([
      { name: 'vite', typeOnly: true },
      { name: 'vue', typeOnly: false },
      { name: '@slidev/types', typeOnly: true },
      { name: 'valibot', typeOnly: false },
      { name: 'qrcode', typeOnly: false },
      { name: 'fflate', typeOnly: false },
      { name: 'sirv', typeOnly: false },
      { name: 'side-effect', typeOnly: false },
      { name: 'd3-geo', typeOnly: false },
      { name: '@fontsource/nunito-sans', typeOnly: false },
    ])
  })

  it('declares each of them in package.json (a type-only import by the package or its @types)', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>, devDependencies: Record<string, string> }
    const declared = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)])
    const files = [...SOURCES.flatMap(dir => codeFiles(join(ROOT, dir))), ...readdirSync(ROOT).filter(f => CODE.has(extname(f))).map(f => join(ROOT, f))]
    const undeclared = new Set<string>()
    for (const file of files) {
      for (const { name, typeOnly } of importedPackages(readFileSync(file, 'utf8'))) {
        const types = `@types/${name.replace(/^@([^/]+)\/([^/]+)$/, '$1__$2')}`
        if (!declared.has(name) && !(typeOnly && declared.has(types)))
          undeclared.add(`${name} (${relative(ROOT, file)})`)
      }
    }
    expect(files.length).toBeGreaterThan(100)
    expect([...undeclared]).toEqual([])
  })
})
