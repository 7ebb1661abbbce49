/**
 * The teacher's record of a seminar: one CSV row per votable question, in deck order, with the number
 * of voters, the share who answered right and each option's count (columns A, B, C… in display order).
 *
 * Usage: `writeFileSync(join('exports', exportName(new Date())), roomCsv(questions, tallyOf))`
 */

import type { QuizQuestion } from '../../quiz/engine/types'
import type { QuestionTally } from '../protocol'
import { isVotable, letter } from '../../quiz/engine/scoring'
import { shareRight } from '../protocol'

/** `seminar-YYYY-MM-DD.csv` for a class, `rehearsal-YYYY-MM-DD.csv` for a rehearsal, by the laptop's local date. */
export function exportName(d: Date, record: 'rehearsal' | 'class' = 'class'): string {
  const two = (n: number) => String(n).padStart(2, '0')
  return `${record === 'class' ? 'seminar' : 'rehearsal'}-${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}.csv`
}

/** A character that makes a CSV cell need quotes. */
const NEEDS_QUOTES = /[",\n\r]/

function cell(v: string | number) {
  const s = String(v)
  return NEEDS_QUOTES.test(s) ? `"${s.replaceAll('"', '""')}"` : s
}

export function roomCsv(questions: readonly QuizQuestion[], tallyOf: (id: string) => QuestionTally): string {
  const votable = questions.filter(isVotable)
  const width = Math.max(0, ...votable.map(q => q.options.length))
  const header = ['question', 'prompt', 'voters', 'right', 'share right (%)', ...Array.from({ length: width }, (_, i) => letter(i))]
  const rows = votable.map((q) => {
    const t = tallyOf(q.id)
    return [q.id, q.prompt, t.voters, t.right, shareRight(t) ?? '', ...q.options.map(o => t.counts[o.id] ?? 0)]
  })
  return `${[header, ...rows].map(r => r.map(cell).join(',')).join('\r\n')}\r\n`
}
