/**
 * The answer key's printout: every question of the bank, section by section, with the key, why each key
 * option is right and the article passages behind it. Questions follow one another down the page (a question
 * never splits across two), so a page is full unless the next question does not fit.
 *
 * Usage: `answerKeyHtml(quizBank, slideOf)` (`slideOf(id)` is the deck slide asking that question)
 */

import type { QuizSection } from '../../quiz/engine/types'
import { describeSolution, keyOptions } from '../../quiz/engine/scoring'
import { escapeHtml } from '../html'
import { printDocument } from './page'

const STYLE = `
.section h2 { font-size: 12.5pt; color: var(--rj-accent); margin: 3mm 0 1.5mm; break-after: avoid; }
.key { break-inside: avoid; margin: 0 0 2.6mm; }
.key h3 { font-size: 10pt; margin: 0 0 0.6mm; }
.key h3 .slide { font-weight: normal; color: var(--rj-muted); white-space: nowrap; }
.key p { margin: 0.4mm 0; }
.key ul { margin: 0.4mm 0; padding-left: 4.5mm; font-size: 9.3pt; }
.key blockquote { margin: 0.8mm 0 0; padding: 0.6mm 2.4mm; border-left: 3px solid var(--rj-accent); background: var(--rj-surface); font-size: 9.3pt; }
.key blockquote .para { color: var(--rj-muted); white-space: nowrap; }
`

export function answerKeyHtml(bank: readonly QuizSection[], slideOf: (questionId: string) => number | undefined): string {
  const body = bank.map(section => `<section class="section"><h2>${escapeHtml(section.title)}</h2>
${section.questions.map((q, i) => {
  const slide = slideOf(q.id)
  return `<article class="key"><h3>${i + 1}. ${escapeHtml(q.prompt)}${slide ? ` <span class="slide">(slide ${slide})</span>` : ''}</h3>
<p><strong>Answer:</strong> ${escapeHtml(describeSolution(q))}</p>
<ul>${keyOptions(q).map(o => `<li>${escapeHtml(o.text)} — ${escapeHtml(o.explanation)}</li>`).join('')}</ul>
${q.sources.map(s => `<blockquote>${escapeHtml(s.quote)} <span class="para">(paragraph ${s.paragraph})</span></blockquote>`).join('\n')}</article>`
}).join('\n')}</section>`).join('\n')
  return printDocument({
    title: 'Answer key',
    subtitle: 'Answer key',
    intro: '<p>For teachers and self-study. Each answer comes with the reasons and the passage of the article behind it. The deck PDF and the students’ handout hold the same questions as worksheets, without answers.</p>',
    style: STYLE,
    body,
  })
}
