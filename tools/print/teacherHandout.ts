/**
 * The teachers' handout: every slide (a picture of its page in the deck PDF) with its speaker notes beside
 * it, up to three slides to an A4 page (a slide with long notes takes one alone). Quiz slides carry the same
 * answer key as the presenter's notes, so this one is for the teacher, not for the class.
 *
 * Usage: `teacherHandoutHtml(slides, images)` (`images[i]` is slide i + 1), printed by `printPdfs`
 */

import type { PrintSlide } from './deck'
import { pathToFileURL } from 'node:url'
import { speakerNotes } from '../../quiz/bank/notes'
import { notesToHtml } from './notes'
import { printDocument } from './page'

const PARAGRAPH = /^<p>|<\/p>$/g

const STYLE = `
.slide { break-inside: avoid; display: grid; grid-template-columns: 88mm 1fr; gap: 5mm; margin-bottom: 6mm; font-size: 10.5pt; line-height: 1.4; }
.slide img { width: 88mm; border: 1px solid var(--rj-border); }
.slide h2 { font-size: 10.5pt; margin: 0 0 1mm; color: var(--rj-accent); }
.slide p, .slide ul { margin: 0 0 1.5mm; }
.slide ul { padding-left: 4mm; }
`

export function teacherHandoutHtml(slides: readonly PrintSlide[], images: readonly string[]): string {
  const blocks = slides.map((slide) => {
    const notes = speakerNotes(slide.note, slide.frontmatter) ?? ''
    const title = slide.title || (slide.quiz ? 'Quiz question' : `Slide ${slide.no}`)
    return `<section class="slide"><img src="${pathToFileURL(images[slide.no - 1]!).href}" alt="Slide ${slide.no}">
<div><h2>${slide.no}. ${notesToHtml(title).replace(PARAGRAPH, '')}</h2>${notesToHtml(notes)}</div></section>`
  })
  return printDocument({ title: 'Handout for teachers', subtitle: 'Handout for teachers: slides and speaker notes, with the answer key', style: STYLE, body: blocks.join('\n') })
}
