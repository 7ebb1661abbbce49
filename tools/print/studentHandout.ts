/**
 * The students' handout, to give out before class: each slide a student sees (a picture of its page in the
 * deck PDF) with its key points beside it, in the slide's own words (`keyPoints.ts`), and each section's quiz
 * as a worksheet to fill in (`worksheet.ts`). No speaker notes, no answer key, no presenter's instructions;
 * slides marked `studentHandout: false` are left out (`inStudentHandout`).
 *
 * Usage: `studentHandoutHtml(slides, images)` (`images[i]` is slide i + 1), printed by `printPdfs`
 */

import type { PrintSlide } from './deck'
import type { KeyPoint } from './keyPoints'
import { pathToFileURL } from 'node:url'
import { locateQuestion } from '../../quiz/bank'
import { escapeHtml } from '../html'
import { inStudentHandout } from './deck'
import { slideKeyPoints } from './keyPoints'
import { printDocument } from './page'
import { worksheetHtml } from './worksheet'

const STYLE = `
.slide { break-inside: avoid; display: grid; grid-template-columns: 92mm 1fr; gap: 5mm; margin-bottom: 5mm; }
.slide.picture-only { display: block; }
.slide.picture-only img { width: 130mm; }
.slide img { width: 100%; border: 1px solid var(--rj-border); }
.slide h2 { font-size: 10.5pt; margin: 0 0 1mm; color: var(--rj-accent); }
.slide h4 { font-size: 9.5pt; margin: 1.5mm 0 0.5mm; }
.slide p, .slide blockquote { margin: 0 0 1.2mm; }
.slide ul { margin: 0 0 1.2mm; padding-left: 4mm; }
.slide li { margin: 0 0 0.6mm; }
.slide li.sub { margin-left: 4mm; }
.slide li[data-number] { list-style: none; }
.slide li[data-number]::before { content: attr(data-number) ' '; font-weight: 700; }
.slide blockquote { padding: 0.6mm 2.4mm; border-left: 3px solid var(--rj-accent); background: var(--rj-surface); }
.quiz { break-before: auto; margin: 2mm 0 6mm; }
.quiz > h2 { font-size: 11.5pt; color: var(--rj-accent); margin: 0 0 2mm; break-after: avoid; }
.worksheet { break-inside: avoid; margin: 0 0 4mm; }
.worksheet h3 { font-size: 9pt; font-weight: 600; color: var(--rj-muted); margin: 0; }
.ws-prompt { font-weight: 700; margin: 0.5mm 0; }
.ws-hint { font-style: italic; color: var(--rj-muted); margin: 0 0 1mm; }
.ws-list { list-style: none; margin: 0; padding: 0; }
.ws-list li { display: grid; grid-template-columns: 8mm 1fr; margin: 0 0 1.2mm; }
.ws-marker { font-weight: 700; }
.ws-matching { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; }
`

function keyPointsHtml(points: readonly KeyPoint[]): string {
  const html: string[] = []
  let items: string[] = []
  const flush = () => {
    if (items.length)
      html.push(`<ul>${items.join('')}</ul>`)
    items = []
  }
  for (const p of points) {
    if (p.kind === 'point') {
      items.push(`<li${p.depth ? ' class="sub"' : ''}${p.number ? ` data-number="${escapeHtml(p.number)}"` : ''}>${escapeHtml(p.text)}</li>`)
      continue
    }
    flush()
    html.push(p.kind === 'heading' ? `<h4>${escapeHtml(p.text)}</h4>` : p.kind === 'quote' ? `<blockquote>${escapeHtml(p.text)}</blockquote>` : `<p>${escapeHtml(p.text)}</p>`)
  }
  flush()
  return html.join('\n')
}

function slideHtml(slide: PrintSlide, image: string): string {
  const points = slideKeyPoints(slide.content)
  const picture = `<img src="${pathToFileURL(image).href}" alt="Slide ${slide.no}: ${escapeHtml(slide.title)}">`
  const title = `<h2>${slide.no}. ${escapeHtml(slide.title)}</h2>`
  // A slide whose words are all in its picture (a timeline, a diagram) shows the picture larger, under its title.
  if (!points.length)
    return `<section class="slide picture-only">${title}${picture}</section>`
  return `<section class="slide">${picture}<div>${title}${keyPointsHtml(points)}</div></section>`
}

/** Consecutive quiz slides of one quiz section as one worksheet block under the section's title. */
function quizHtml(slides: readonly PrintSlide[]): string {
  const located = slides.map(s => ({ slide: s, ...locateQuestion(s.quiz!) }))
  const first = located[0]!
  const range = slides.length > 1 ? `slides ${first.slide.no}–${slides.at(-1)!.no}` : `slide ${first.slide.no}`
  return `<section class="quiz"><h2>Quiz: ${escapeHtml(first.section.title)} <small>(${range})</small></h2>
${located.map(l => worksheetHtml(l.question, { no: l.index + 1, of: l.section.questions.length })).join('\n')}</section>`
}

export function studentHandoutHtml(slides: readonly PrintSlide[], images: readonly string[]): string {
  const shown = slides.filter(inStudentHandout)
  const blocks: string[] = []
  for (let i = 0; i < shown.length;) {
    if (!shown[i]!.quiz) {
      blocks.push(slideHtml(shown[i]!, images[shown[i]!.no - 1]!))
      i++
      continue
    }
    const section = locateQuestion(shown[i]!.quiz!).section.id
    let end = i
    while (end < shown.length && shown[end]!.quiz && locateQuestion(shown[end]!.quiz!).section.id === section)
      end++
    blocks.push(quizHtml(shown.slice(i, end)))
    i = end
  }
  return printDocument({
    title: 'Handout for students',
    subtitle: 'Handout for students: the slides and their key points, with each quiz as a worksheet',
    intro: '<p>Slide numbers are the deck’s. Each section ends with a short quiz: work through it before or during class.</p>',
    style: STYLE,
    body: blocks.join('\n'),
  })
}
