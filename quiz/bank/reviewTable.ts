/**
 * The bank's review table (quiz/REVIEW.md): for each question, as the deck shows it, the passages that
 * decide its key and, option by option, why it is right or wrong according to the article. It is made
 * from the bank itself (the explanations learners see after Check), so it cannot drift from what the deck
 * teaches; `npm run review` writes it and a test fails when the file is stale.
 *
 * Usage: `reviewTable(quizBank)` → the markdown text of quiz/REVIEW.md
 */

import type { QuestionOf } from '../engine/kinds'
import type { QuestionType, QuizQuestion, QuizSection } from '../engine/types'
import { letter } from '../engine/kinds/shared'
import { describeSolution, isKeyOption } from '../engine/scoring'

/** Table cells hold one line: pipes escaped, line breaks folded. */
const PIPE = /\|/g
const LINE_BREAK = /\s*\n\s*/g
const cell = (s: string) => s.replace(PIPE, '\\|').replace(LINE_BREAK, ' ')

interface VerdictColumn<Q extends QuizQuestion> {
  /** The column's head. */
  head: string
  /** What an option is: part of the key, or not, or where it belongs. */
  verdict: (q: Q, optionId: string) => string
}

const keyOrWrong: VerdictColumn<QuizQuestion> = { head: 'verdict', verdict: (q, id) => (isKeyOption(q, id) ? '**key**' : 'wrong') }

/** Each type's verdict column; a new type does not compile without one. */
const VERDICTS = {
  single: keyOrWrong,
  multiple: keyOrWrong,
  truefalse: keyOrWrong,
  ordering: { head: 'place', verdict: (q, id) => `**${q.correct.indexOf(id) + 1}**` },
  matching: { head: 'pairs with', verdict: (q, id) => `**${q.targets.find(t => t.id === q.correct[id])?.text ?? ''}**` },
} satisfies { [T in QuestionType]: VerdictColumn<QuestionOf<T>> }

// The one cast, as in kindOf: TypeScript cannot tie `VERDICTS[q.type]` to `q`'s own type.
const verdictColumn = (q: QuizQuestion) => VERDICTS[q.type] as VerdictColumn<QuizQuestion>

function questionEntry(q: QuizQuestion, n: number, section: QuizSection): string {
  const passages = q.sources.map(s => `> ¶${s.paragraph}: “${s.quote}”`).join('\n>\n')
  const { head, verdict } = verdictColumn(q)
  const rows = q.options.map((o, i) => `| ${letter(i)} | ${cell(o.text)} | ${verdict(q, o.id)} | ${cell(o.explanation)} |`)
  return [
    `### Q${n}. \`${q.id}\` (${q.type}, ${q.skill}; ${section.title})`,
    '',
    cell(q.prompt),
    '',
    `**Key:** ${cell(describeSolution(q))}`,
    '',
    '**Deciding passages:**',
    '',
    passages,
    '',
    `| | option | ${head} | why, according to the article |`,
    '|---|---|---|---|',
    ...rows,
  ].join('\n')
}

export function reviewTable(bank: readonly QuizSection[]): string {
  let n = 0
  const entries = bank.flatMap(section => [
    `## ${section.title}`,
    ...section.questions.map(q => questionEntry(q, ++n, section)),
  ])
  return [
    '# Review table of the quiz bank',
    '',
    '<!-- Made by `npm run review` from quiz/*.ts: edit the bank, not this file. -->',
    '',
    'For each question, in the order the deck shows it (options lettered as on the slide and the worksheet):',
    'the article passages that decide its key (¶ numbers as in the deck’s article reader), and why each',
    'option is right or wrong according to the article. The “why” column is the feedback learners see after',
    'Check. A reviewer checks each row against the passages and the article, not against the news.',
    '',
    ...entries.flatMap(e => [e, '']),
  ].join('\n')
}
