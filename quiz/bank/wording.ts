/**
 * The house's wording rules for the bank, checked with the schema (`validateBank(…, { wording: true })`), so that
 * `slidev build` stops on a broken one and names its file and question id, as it does for a misquote:
 * - an explanation says in words whether its option is right ("Right: " / "Not so: "; an ordering's says the
 *   place, "First: " … "Last: "), never points at another option by position, and fits the slide (160 characters);
 * - explanations keep the hedges (appears, may, perhaps, likely, unclear) of the passages they rest on;
 * - nothing says "only if" where the article says "if";
 * - a true/false statement carries no absolute word that gives its answer away, and a true one copies fewer than
 *   six words in a row from the article (a copied sentence is true by its look alone).
 *
 * Usage: `wordingProblems(question, articleText)` → messages without the file and id prefix.
 */

import type { QuestionOf } from '../engine/kinds'
import type { QuestionType, QuizQuestion } from '../engine/types'
import { kindOf } from '../engine/kinds'
import { isKeyOption } from '../engine/scoring'
import { articleEcho } from './items'

export const EXPLANATION_MAX = 160

/** Hedge families: a passage hedged with one word is paraphrased with a word of the same family. */
export const HEDGES: readonly { name: string, pattern: RegExp }[] = [
  { name: 'appears / seems', pattern: /\b(appears?|appeared|seems?|seemed)\b/i },
  // Case-sensitive: the month "May" is not a hedge.
  { name: 'may / might', pattern: /\b(may|might|Might)\b/ },
  { name: 'perhaps', pattern: /\bperhaps\b/i },
  { name: 'likely / unlikely', pattern: /\b(un)?likely\b/i },
  { name: 'unclear', pattern: /\bunclear\b/i },
]

const POSITIONAL = /\b(?:first|second|third|last|other|previous|next) (?:option|answer|choice)\b|\boption [a-f]\b|\b(?:above|below)\b|^(?:right|correct|no|yes|wrong)[.!]/i
const GIVEAWAY_ABSOLUTE = /\b(only|always|never|all|every|none|entirely|completely)\b/i
const ORDINALS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth']
const COPIED_RUN = 6
const ONLY_IF = /\bonly if\b/i
const TF_LEAD = /^True or false:\s*/

/** Hedge families used in a question's passages but in none of its explanations. */
export function droppedHedges(q: QuizQuestion): string[] {
  const passages = q.sources.map(s => s.quote).join(' ')
  const said = q.options.map(o => o.explanation).join(' ')
  return HEDGES.filter(h => h.pattern.test(passages) && !h.pattern.test(said)).map(h => h.name)
}

const keyOrNot = (q: QuizQuestion, id: string) => (isKeyOption(q, id) ? 'Right: ' : 'Not so: ')

/** How each type's explanation must start, option by option (undefined: no rule); a new type does not compile without one. */
const VERDICT_STARTS = {
  single: keyOrNot,
  multiple: keyOrNot,
  truefalse: keyOrNot,
  ordering: (q, id) => {
    const at = q.correct.indexOf(id)
    return `${at === q.correct.length - 1 ? 'Last' : ORDINALS[at]}: `
  },
  // A pairing's explanation says why the pair belongs together; "Right" would say nothing.
  matching: () => undefined,
} satisfies { [T in QuestionType]: (q: QuestionOf<T>, optionId: string) => string | undefined }

function verdictProblems(q: QuizQuestion): string[] {
  // The one cast, as in kindOf: TypeScript cannot tie `VERDICT_STARTS[q.type]` to `q`'s own type.
  const startOf = VERDICT_STARTS[q.type] as (q: QuizQuestion, optionId: string) => string | undefined
  return q.options.flatMap((o) => {
    const start = startOf(q, o.id)
    return start === undefined || o.explanation.startsWith(start) ? [] : [`option "${o.id}": its explanation must start "${start.trim()}"`]
  })
}

/** Every wording rule one question breaks; `article` is the article's text (normalised), for the copying rule. */
export function wordingProblems(q: QuizQuestion, article?: string): string[] {
  const out = verdictProblems(q)
  for (const o of q.options) {
    if (POSITIONAL.test(o.explanation))
      out.push(`option "${o.id}": its explanation points at an option by position or says a bare verdict`)
    if (o.explanation.length > EXPLANATION_MAX)
      out.push(`option "${o.id}": its explanation has ${o.explanation.length} characters, more than the ${EXPLANATION_MAX} that fit the slide`)
  }
  for (const h of droppedHedges(q)) out.push(`its passages hedge with "${h}" and no explanation keeps it`)
  const read = [q.prompt, ...q.options.flatMap(o => [o.text, o.explanation]), ...kindOf(q).targets(q).map(t => t.text)]
  if (read.some(t => ONLY_IF.test(t)))
    out.push('says "only if"; the article says "if"')
  if (q.type === 'truefalse') {
    const absolute = q.prompt.match(GIVEAWAY_ABSOLUTE)
    if (absolute)
      out.push(`its statement says "${absolute[0]}", an absolute word that gives the answer away`)
    const run = article && q.correct === 'true' ? articleEcho(q.prompt.replace(TF_LEAD, ''), article) : 0
    if (run >= COPIED_RUN)
      out.push(`its true statement copies ${run} words in a row from the article`)
  }
  return out
}
