/**
 * The take-home handout: every slide (a picture of its page in the deck PDF, `pdfToPngs`) with its speaker
 * notes beside it, up to three slides to an A4 page (a slide with long notes takes one alone), printed to
 * PDF by the same Chromium as the deck export.
 * Reads the deck with Slidev's public parser; quiz slides get the same answer key as the presenter.
 *
 * Usage: `await buildHandout({ images, outFile })` (`images[i]` is slide i + 1)
 */

import { writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { load } from '@slidev/parser/fs'
import { chromium } from 'playwright'
import { locateQuestion } from '../../quiz/bank'
import { notesWithAnswerKey } from '../../quiz/bank/answerKey'
import { CHROMIUM_ARGS, findChromium } from '../chromium'
import { notesToHtml } from './notes'

const TAG = /<[^>]*>/g
const PARAGRAPH = /^<p>|<\/p>$/g
const ROOT = resolve(import.meta.dirname, '..', '..')

const STYLE = `
:root { --rj-accent: #234e70; } /* the deck's accent (styles/deck.css); the handout's page stands alone */
@page { size: A4; margin: 14mm 14mm 16mm; }
body { font-family: 'Nunito Sans', system-ui, sans-serif; color: #1d2731; font-size: 10.5pt; line-height: 1.4; margin: 0; }
header { border-bottom: 2px solid var(--rj-accent); margin-bottom: 6mm; padding-bottom: 2mm; }
header h1 { font-size: 15pt; color: var(--rj-accent); margin: 0; }
header p { margin: 1mm 0 0; color: #4a5663; }
.slide { break-inside: avoid; display: grid; grid-template-columns: 88mm 1fr; gap: 5mm; margin-bottom: 6mm; }
.slide img { width: 88mm; border: 1px solid #c5ccd3; }
.slide h2 { font-size: 10.5pt; margin: 0 0 1mm; color: var(--rj-accent); }
.slide p, .slide ul { margin: 0 0 1.5mm; }
.slide ul { padding-left: 4mm; }
`

export async function buildHandout({ images, outFile }: { images: readonly string[], outFile: string }): Promise<number> {
  const data = await load({ roots: [ROOT], userRoot: ROOT }, join(ROOT, 'slides.md'))
  if (images.length !== data.slides.length)
    throw new Error(`The handout needs one picture a slide: ${images.length} pictures for ${data.slides.length} slides.`)
  const blocks = data.slides.map((slide, i) => {
    const no = i + 1
    const notes = notesWithAnswerKey(slide.note, slide.frontmatter, id => locateQuestion(id).question) ?? ''
    const title = slide.title?.replace(TAG, '') || (slide.frontmatter.quiz ? 'Quiz question' : `Slide ${no}`)
    return `<section class="slide"><img src="${pathToFileURL(images[i]!).href}" alt="Slide ${no}">
<div><h2>${no}. ${notesToHtml(title).replace(PARAGRAPH, '')}</h2>${notesToHtml(notes)}</div></section>`
  })
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Handout</title><style>${STYLE}</style></head><body>
<header><h1>Searching for a common ground in Russia-Japan relations</h1><p>Handout: slides and speaker notes · Russia Direct, 23 July 2016</p></header>
${blocks.join('\n')}</body></html>`
  const htmlFile = join(dirname(images[0]!), 'handout.html')
  writeFileSync(htmlFile, html)
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
  try {
    const page = await browser.newPage()
    await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' })
    await page.pdf({ path: outFile, format: 'A4', printBackground: true, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: '<div style="font-size:8pt;width:100%;text-align:center;color:#4a5663"><span class="pageNumber"></span> / <span class="totalPages"></span></div>' })
  }
  finally {
    await browser.close()
  }
  return data.slides.length
}
