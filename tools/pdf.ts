/**
 * The PDFs `npm run export` writes, and the poppler tools that read them (pdftotext, pdfinfo, pdfimages, pdftoppm),
 * in one place for the export, its browser test and the benchmarks. No side effects on import.
 *
 * Usage: `pdfPageCount(join(outDir, PDF_FILES.deck))`, `pdfText(file)`, `blankPages(file)`
 */

import { execFileSync, spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

/** The file names `npm run export` writes into its output folder. */
export const PDF_FILES = {
  deck: 'russia-japan-common-ground.pdf',
  answerKey: 'answer-key.pdf',
  handout: 'handout.pdf',
} as const

/** The Slidev entries exported to PDF, and the file each becomes. */
export const DECK_EXPORTS = [
  { entry: 'slides.md', file: PDF_FILES.deck },
  { entry: 'answer-key.md', file: PDF_FILES.answerKey },
] as const

const PAGES = /^Pages:\s+(\d+)/m
const PAGE_PNG = /^page-(\d+)\.png$/
const SPACES = /\s+/

const poppler = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 << 20 })

/** Whether poppler's command-line tools are installed (Debian's poppler-utils). */
export function hasPoppler(): boolean {
  return spawnSync('pdfinfo', ['-v']).error === undefined
}

/** The PDF's text; pages are separated by form feeds. `layout` keeps the page's columns. */
export function pdfText(file: string, { layout = false } = {}): string {
  return poppler('pdftotext', [...(layout ? ['-layout'] : []), file, '-'])
}

export function pdfPageCount(file: string): number {
  const pages = PAGES.exec(poppler('pdfinfo', [file]))?.[1]
  if (!pages)
    throw new Error(`pdfinfo found no page count in ${file}`)
  return Number(pages)
}

export interface PdfImage { page: number, type: string, width: number, height: number }

/** The images in the PDF, as `pdfimages -list` reports them (masks and glyph images included). */
export function pdfImages(file: string): PdfImage[] {
  return poppler('pdfimages', ['-list', file]).split('\n').slice(2).map(l => l.trim().split(SPACES)).filter(c => c.length > 4).map(([page, , type, width, height]) => ({ page: Number(page), type: type!, width: Number(width), height: Number(height) }))
}

/**
 * Each page of the PDF as a PNG in `outDir`, at `dpi` (96: a CSS pixel a pixel, so a slide's page is as many
 * pixels as the slide's canvas); returns the files in page order.
 */
export function pdfToPngs(file: string, outDir: string, dpi = 96): string[] {
  poppler('pdftoppm', ['-png', '-r', String(dpi), file, join(outDir, 'page')])
  return readdirSync(outDir).filter(f => PAGE_PNG.test(f)).sort((a, b) => Number(PAGE_PNG.exec(a)![1]) - Number(PAGE_PNG.exec(b)![1])).map(f => join(outDir, f))
}

/**
 * Pages of a deck PDF that printed blank: every printed slide carries the footer "N / total", so a page
 * without it means Slidev printed before that slide had mounted. (pdftotext may drop the spaces: "N/total".)
 */
export function blankPages(file: string): number[] {
  const pages = pdfText(file, { layout: true }).split('\f').slice(0, -1)
  return pages.flatMap((page, i) => new RegExp(`(^|\\D)${i + 1}\\s*/\\s*${pages.length}(\\D|$)`).test(page) ? [] : [i + 1])
}
