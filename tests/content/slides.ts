// The deck's slides as the content tests read them: each slide's body and its speaker notes, file by file.
// A quiz slide's body is what the learner sees on it, which comes from the quiz bank.

import { allQuestions } from '../../quiz/bank'
import { deckFiles } from '../fixtures/deck'

export interface Slide {
  /** File and chunk, for messages. */
  where: string
  /** The slide's `routeAlias`, if it has one. */
  alias?: string
  /** Everything but the notes (plus, on a quiz slide, its question's text from the bank). */
  body: string
  /** The speaker notes: the slide's last HTML comment. */
  note: string
  /** On a quiz slide, the article passages its question quotes (from the bank). */
  passages: string[]
}

/** What a quiz slide shows comes from the bank: its prompt, options, targets, explanations and passages. */
function questionText(id: string): string {
  const q = allQuestions.find(x => x.id === id)
  if (!q)
    throw new Error(`A quiz slide names "${id}", which the bank does not have`)
  const targets = q.type === 'matching' ? q.targets.map(t => t.text) : []
  return [q.prompt, ...q.options.flatMap(o => [o.text, o.explanation]), ...targets, ...q.sources.map(s => s.quote)].join('\n')
}

/** A slide's frontmatter, captured, so that split() keeps it just before the slide's chunk. */
const FRONTMATTER = /^---\n((?:[\w-]+:.*\n)*)---\n/m
const QUIZ_LINE = /^quiz:\s*(\S+)\s*$/m
const ALIAS_LINE = /^routeAlias:\s*(\S+)\s*$/m
const COMMENT = /<!--([\s\S]*?)-->/g

/** The deck's slides, file by file, in order; chunks with neither body nor notes are left out. */
export function slides(): Slide[] {
  return deckFiles().flatMap(([file, text]) => {
    const parts = text.split(FRONTMATTER)
    return parts.filter((_, i) => i % 2 === 0).map((chunk, i) => {
      const frontmatter = parts[2 * i - 1] ?? ''
      const quiz = QUIZ_LINE.exec(frontmatter)?.[1]
      const alias = ALIAS_LINE.exec(frontmatter)?.[1]
      const comments = [...chunk.matchAll(COMMENT)]
      const last = comments.at(-1)
      const body = (last ? chunk.slice(0, last.index) + chunk.slice(last.index! + last[0].length) : chunk) + (quiz ? `\n${questionText(quiz)}` : '')
      const passages = quiz ? allQuestions.find(q => q.id === quiz)!.sources.map(source => source.quote) : []
      return { where: `${file}, slide chunk ${i}`, alias, body, note: last?.[1] ?? '', passages }
    })
  }).filter(s => s.body.trim() || s.note.trim())
}
