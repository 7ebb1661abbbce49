// Distractor themes: wrong answers that make the same claim. A bank that reuses one ("the Kurils are
// settled", "Japan leaves the US alliance", "sanctions are lifted") teaches test-takers to spot it.

import type { QuizQuestion } from '../../quiz/engine/types'

/** One theme: a name and a pattern matched against a wrong answer's text, lower-cased. */
export interface Theme { name: string, pattern: RegExp }

export const THEMES: Theme[] = [
  { name: 'the Kuril dispute is settled, lost or settled first', pattern: /kuril[^.]+\b(settle|settled|resolved|deal|los(e|ing|t))\b|\b(settle|settled|resolved)\b[^.]+kuril/ },
  { name: 'Japan leaves or replaces the US alliance', pattern: /\b(abandon|abandons|leave|leaves|replace|replaces|break away|scale back|scaled back)\b[^.]+\b(us|u\.s\.|united states|washington|alliance|cornerstone)\b/ },
  { name: 'sanctions are lifted, ended or joined', pattern: /\bsanctions?\b/ },
  { name: 'a peace treaty is signed', pattern: /peace treaty/ },
  { name: 'an alliance against China', pattern: /\balliance\b[^.]+\bchina\b|\bcontain\b[^.]+\bchina\b/ },
  { name: 'someone asked for mediation', pattern: /mediat/ },
  { name: 'the Korean crisis', pattern: /korea/ },
  { name: 'the Senkaku Islands', pattern: /senkaku/ },
  { name: 'the Northern Sea Route', pattern: /northern sea route/ },
  { name: 'missile defence', pattern: /missile/ },
  { name: 'the G7', pattern: /\bg7\b/ },
  { name: 'arms sales', pattern: /s-400|weapons|\barms\b/ },
  { name: 'Crimea', pattern: /crimea/ },
  { name: 'a court ruling', pattern: /\bcourt\b|\bruling\b/ },
  { name: 'US elections or Obama', pattern: /election|obama/ },
  { name: 'European energy markets', pattern: /europe[^.]+\b(gas|energy)\b|\b(gas|energy)\b[^.]+europe/ },
  { name: 'who buys Russian gas', pattern: /\bgas\b[^.]+\b(buy|buyer|buying|recipient)\b|\b(buy|buyer|buying)\b[^.]+\bgas\b/ },
  { name: 'Japan as an energy exporter', pattern: /net exporter/ },
  { name: 'a reciprocal visit by Putin', pattern: /reciprocal visit/ },
]

const TRUE_OR_FALSE_LEAD = /^True or false:\s*/

/**
 * The text of every wrong answer a learner can be tempted by: wrong options of single-choice and
 * select-all questions, and the statement of every true/false question whose answer is False.
 */
export function wrongAnswers(questions: readonly QuizQuestion[]): { id: string, text: string }[] {
  return questions.flatMap((q) => {
    switch (q.type) {
      case 'single': return q.options.filter(o => o.id !== q.correct).map(o => ({ id: q.id, text: o.text }))
      case 'multiple': return q.options.filter(o => !q.correct.includes(o.id)).map(o => ({ id: q.id, text: o.text }))
      case 'truefalse': return q.correct === 'false' ? [{ id: q.id, text: q.prompt.replace(TRUE_OR_FALSE_LEAD, '') }] : []
      default: return []
    }
  })
}

/** Each theme with the questions whose wrong answers use it. */
export function themeUses(questions: readonly QuizQuestion[]): Map<string, string[]> {
  const uses = new Map<string, string[]>(THEMES.map(t => [t.name, []]))
  for (const { id, text } of wrongAnswers(questions)) {
    for (const t of THEMES) {
      if (t.pattern.test(text.toLowerCase()))
        uses.get(t.name)!.push(id)
    }
  }
  return uses
}
