/**
 * PDF export figures: `npm run export` for this deck (every PDF it makes), `slidev export` for the
 * bare deck, then pages, size and whether the text is selectable (poppler's pdfinfo and pdftotext).
 *
 * Usage: `const figures = await exportDeck(deck, outDir, chromePath, log)`
 */

import type { Deck } from './decks'
import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { hasPoppler, PDF_FILES, pdfPageCount, pdfText } from '../tools/pdf'
import { ROOT } from './decks'
import { timed } from './proc'

/** scripts/export.ts prints "Exported slides.md → <file> in 12.3 s" for each export. */
const DECK_EXPORTED = /Exported slides\.md → \S+\.pdf in ([\d.]+) s/
const SPACES = /\s+/g

export interface ExportFigures {
  /** The whole command: for this deck, every PDF `npm run export` writes. */
  commandSeconds: number
  /** The slide deck's own PDF. */
  deckSeconds: number
  perSlideSeconds: number
  pages: number
  sizeMB: number
  selectableText: boolean
}

export async function exportDeck(deck: Deck, outDir: string, chromePath: string, log: string): Promise<ExportFigures | null> {
  let run
  let file: string
  if (deck.name === 'deck') {
    run = await timed('npm', ['run', 'export', '--', outDir], { log, timeoutMs: 900_000 })
    file = join(outDir, PDF_FILES.deck)
  }
  else {
    file = join(outDir, 'bare.pdf')
    run = await timed(join(ROOT, 'node_modules', '.bin', 'slidev'), ['export', deck.entry, '--output', file, '--executable-path', chromePath], { log, timeoutMs: 300_000 })
  }
  if (!run.ok || !existsSync(file))
    return null
  const own = run.output.match(DECK_EXPORTED)
  const deckSeconds = own ? Number(own[1]) : run.seconds
  const poppler = hasPoppler()
  const pages = poppler ? pdfPageCount(file) : Number.NaN
  return {
    commandSeconds: run.seconds,
    deckSeconds,
    perSlideSeconds: deckSeconds / deck.slides,
    pages,
    sizeMB: statSync(file).size / 1e6,
    selectableText: poppler && pdfText(file).replace(SPACES, ' ').includes(deck.title),
  }
}
