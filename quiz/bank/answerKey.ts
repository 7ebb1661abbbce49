/**
 * The answer key in words, from the quiz data: for speaker notes (markdown) and the answer-key PDF.
 *
 * Usage: `answerKeyNote(question)` → markdown for a slide's notes
 */

import type { QuizQuestion } from '../engine/types'
import { describeSolution, keyOptions } from '../engine/scoring'

export function answerKeyNote(q: QuizQuestion): string {
  return [
    `**Answer key:** ${describeSolution(q)}`,
    '',
    ...keyOptions(q).map(o => `- ${o.text} — ${o.explanation}`),
    '',
    ...q.sources.map(s => `Source, paragraph ${s.paragraph}: “${s.quote}”`),
    '',
    'Press → (next) to reveal the answer on every synced screen.',
  ].join('\n')
}

/** A slide's speaker notes with the answer key appended on quiz slides (`layout: quiz`, `quiz: <id>`). */
export function notesWithAnswerKey(note: string | undefined, frontmatter: Record<string, unknown>, find: (id: string) => QuizQuestion): string | undefined {
  if (frontmatter.layout !== 'quiz' || typeof frontmatter.quiz !== 'string')
    return note
  return `${note ?? ''}\n\n${answerKeyNote(find(frontmatter.quiz))}`
}
