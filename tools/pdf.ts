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
  /** The deck, one page a slide, quizzes as worksheets: the one Slidev export. */
  deck: 'russia-japan-common-ground.pdf',
  /** Every question with its key, the reasons and the article passages. */
  answerKey: 'answer-key.pdf',
  /** To give out before class: slides, their key points and the quizzes as worksheets; no answers, no notes. */
  studentHandout: 'handout-for-students.pdf',
  /** For the teacher: every slide with its speaker notes and, on quiz slides, the answer key. */
  teacherHandout: 'handout-for-teachers.pdf',
} as const

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

const PAGE_BOX = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g
const WORD_BOTTOM = /<word [^>]*yMin="([\d.]+)"[^>]*yMax="([\d.]+)"/g
/** The footer sits in the bottom margin (15 mm of A4's 297 mm); text above this share of the page is content. */
const FOOTER_TOP = 0.95

/**
 * How far down each page its text reaches, as a share of the page's height (0 to 1), leaving out the
 * footer: a page whose content stops at 0.5 is half empty.
 */
export function pageFill(file: string): number[] {
  return Array.from(poppler('pdftotext', ['-bbox', file, '-']).matchAll(PAGE_BOX), ([, , height, words]) => {
    const h = Number(height)
    const bottoms = Array.from(words!.matchAll(WORD_BOTTOM), ([, top, bottom]) => [Number(top), Number(bottom)]).filter(([top]) => top! < h * FOOTER_TOP).map(([, bottom]) => bottom!)
    return bottoms.length ? Math.max(...bottoms) / h : 0
  })
}
