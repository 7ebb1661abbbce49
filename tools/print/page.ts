/**
 * What every printout of the export shares: an A4 HTML document in the deck's font and colours (its own
 * `styles/fonts.css`, so a printout looks like the deck), a header with the article's title, and printing
 * several documents to PDF in one Chromium, each page footed "N / total".
 *
 * Usage: `await printPdfs([{ html: printDocument({ title, subtitle, style, body }), outFile }], workDir)`
 */

import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright'
import { CHROMIUM_ARGS, findChromium } from '../chromium'
import { escapeHtml } from '../html'
import { PALETTE, PALETTE_ROOT } from '../palette'

const ROOT = resolve(import.meta.dirname, '..', '..')

/** The article, as every printout's header names it. */
export const ARTICLE_TITLE = 'Searching for a common ground in Russia-Japan relations'
export const ARTICLE_SOURCE = 'Russia Direct, 23 July 2016'

const BASE_STYLE = `
:root { ${PALETTE_ROOT} } /* the deck's colours (styles/deck.css) */
@page { size: A4; margin: 12mm 13mm 15mm; }
body { font-family: 'Nunito Sans', system-ui, sans-serif; color: var(--rj-ink); font-size: 10pt; line-height: 1.35; margin: 0; }
header.doc { border-bottom: 2px solid var(--rj-accent); margin-bottom: 5mm; padding-bottom: 2mm; }
header.doc h1 { font-size: 15pt; color: var(--rj-accent); margin: 0; }
header.doc p { margin: 1mm 0 0; color: var(--rj-muted); }
`

const FOOTER = `<div style="font-size:8pt;width:100%;text-align:center;color:${PALETTE.muted}"><span class="pageNumber"></span> / <span class="totalPages"></span></div>`

/** A whole printout: the shared page and header, then `body` (already HTML), styled by `style`. */
export function printDocument({ title, subtitle, intro = '', style, body }: { title: string, subtitle: string, intro?: string, style: string, body: string }): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${pathToFileURL(join(ROOT, 'styles', 'fonts.css')).href}">
<style>${BASE_STYLE}${style}</style></head><body>
<header class="doc"><h1>${escapeHtml(ARTICLE_TITLE)}</h1><p>${escapeHtml(subtitle)} · ${escapeHtml(ARTICLE_SOURCE)}</p>${intro}</header>
${body}</body></html>`
}

/**
 * Prints each document to its PDF with one Chromium. The HTML is written into `workDir` first, so that it
 * can load the slide pictures and fonts it names by file URL.
 */
export async function printPdfs(jobs: readonly { html: string, outFile: string }[], workDir: string): Promise<void> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
  try {
    const page = await browser.newPage()
    for (const [i, { html, outFile }] of jobs.entries()) {
      const htmlFile = join(workDir, `printout-${i + 1}.html`)
      writeFileSync(htmlFile, html)
      await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' })
      await page.evaluate(async () => {
        await document.fonts.ready
      })
      await page.pdf({ path: outFile, format: 'A4', printBackground: true, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: FOOTER })
    }
  }
  finally {
    await browser.close()
  }
}
