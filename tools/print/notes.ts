/**
 * Speaker notes (the small markdown this deck uses: paragraphs, "- " lists, **bold**, `code`) as safe HTML
 * for the handout. Everything is escaped first, so nothing in a note can inject markup.
 *
 * Usage: `notesToHtml('First line.\n\n- a point')`
 */

import { escapeHtml } from '../html'

const BOLD = /\*\*(.+?)\*\*/g
const CODE = /`([^`]+)`/g
const BLANK_LINE = /\n\s*\n/

const inline = (s: string) => escapeHtml(s).replace(BOLD, '<strong>$1</strong>').replace(CODE, '<code>$1</code>')

export function notesToHtml(markdown: string): string {
  return markdown.trim().split(BLANK_LINE).filter(b => b.trim()).map((block) => {
    const lines = block.split('\n').map(l => l.trim()).filter(Boolean)
    if (lines.every(l => l.startsWith('- ')))
      return `<ul>${lines.map(l => `<li>${inline(l.slice(2))}</li>`).join('')}</ul>`
    return `<p>${lines.map(inline).join(' ')}</p>`
  }).join('\n')
}
