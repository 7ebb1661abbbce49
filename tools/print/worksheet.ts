/**
 * A quiz question as a printed worksheet, in HTML, as the deck PDF prints it (components/QuizWorksheet.vue):
 * the prompt, the kind's instruction, and each option after its letter or a blank; matching targets lettered
 * beside the items. No key, no feedback, no buttons.
 *
 * Usage: `worksheetHtml(question, { no: 1, of: 4 })`
 */

import type { QuizQuestion } from '../../quiz/engine/types'
import { kindOf } from '../../quiz/engine/kinds'
import { letter } from '../../quiz/engine/scoring'
import { escapeHtml } from '../html'

const BLANK = '___'

function list(items: readonly { text: string }[], marker: (i: number) => string, cls = 'ws-list') {
  return `<ol class="${cls}">${items.map((o, i) => `<li><span class="ws-marker">${marker(i)}</span><span>${escapeHtml(o.text)}</span></li>`).join('')}</ol>`
}

export function worksheetHtml(q: QuizQuestion, { no, of }: { no: number, of: number }): string {
  const kind = kindOf(q)
  const targets = kind.targets(q)
  const options = targets.length
    ? `<div class="ws-matching">${list(q.options, () => BLANK)}${list(targets, letter, 'ws-list ws-targets')}</div>`
    : list(q.options, i => (kind.worksheet.marker === 'blank' ? BLANK : letter(i)))
  return `<article class="worksheet"><h3>Question ${no} of ${of}</h3>
<p class="ws-prompt">${escapeHtml(q.prompt)}</p><p class="ws-hint">${escapeHtml(kind.worksheet.hint)}</p>${options}</article>`
}
