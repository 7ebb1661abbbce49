/**
 * The two decks the bench compares: this one, and a bare two-slide deck with default settings on the
 * same installed `@slidev/cli` and theme (written to the gitignored `bench/.bare/`, so both resolve
 * from this repo's node_modules). Builds them and weighs what a build writes.
 *
 * Usage: `const [deck, bare] = await prepareDecks(); const { seconds } = await buildDeck(deck, outDir, logFile)`
 */

import type { Timed } from './proc'
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { timed } from './proc'

export const ROOT = join(import.meta.dirname, '..')
export const BARE_DIR = join(ROOT, 'bench', '.bare')
export const RESULTS_DIR = join(ROOT, 'bench', 'results')
const BIN = join(ROOT, 'node_modules', '.bin')

export interface Deck {
  name: 'deck' | 'bare'
  entry: string
  title: string
  slides: number
  /** The first quiz slide; the bare deck's second slide stands in for it. */
  quizSlide: number
}

// Default settings on purpose: no fonts, favicon or feature switches, so Slidev's defaults show.
const BARE_SLIDES = `---
theme: default
title: Bare reference deck
---

# Bare reference deck

The first of two slides, with Slidev's default settings.

---

# Second slide

- One point
- Another point
`

export async function prepareDecks(): Promise<[Deck, Deck]> {
  mkdirSync(BARE_DIR, { recursive: true })
  writeFileSync(join(BARE_DIR, 'slides.md'), BARE_SLIDES)
  return [await readDeck('deck', join(ROOT, 'slides.md')), await readDeck('bare', join(BARE_DIR, 'slides.md'))]
}

async function readDeck(name: Deck['name'], entry: string): Promise<Deck> {
  const { load } = await import('@slidev/parser/fs')
  const root = dirname(entry)
  const data = await load({ roots: [root], userRoot: root }, entry)
  const quiz = data.slides.findIndex(s => s.frontmatter.quiz !== undefined)
  return {
    name,
    entry,
    title: String(data.headmatter.title ?? ''),
    slides: data.slides.length,
    quizSlide: quiz >= 0 ? quiz + 1 : Math.min(2, data.slides.length),
  }
}

/**
 * A Chromium that resolves no host name except 127.0.0.1 and localhost, for the tools that launch their own browser
 * (Lighthouse, `slidev export`): whatever a deck asks of another origin fails at once, and nothing leaves.
 */
export const OFFLINE_RULES = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'

export function offlineChromium(real: string): string {
  const wrapper = join(BARE_DIR, 'chromium-offline')
  mkdirSync(BARE_DIR, { recursive: true })
  writeFileSync(wrapper, `#!/bin/sh\nexec '${real}' '${OFFLINE_RULES}' "$@"\n`)
  chmodSync(wrapper, 0o755)
  return wrapper
}

export function buildDeck(deck: Deck, outDir: string, log: string): Promise<Timed> {
  return timed(join(BIN, 'slidev'), ['build', deck.entry, '--out', outDir], { log, timeoutMs: 600_000 })
}

export interface DistSizes {
  total: number
  js: number
  jsGzip: number
}

/** Bytes in a build: every file, the JavaScript, and the JavaScript gzipped (level 9). */
export function distSizes(dir: string): DistSizes {
  const sizes = { total: 0, js: 0, jsGzip: 0 }
  for (const file of filesUnder(dir)) {
    const bytes = statSync(file).size
    sizes.total += bytes
    if (file.endsWith('.js')) {
      sizes.js += bytes
      sizes.jsGzip += gzipSync(readFileSync(file), { level: 9 }).length
    }
  }
  return sizes
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(e =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)])
}
