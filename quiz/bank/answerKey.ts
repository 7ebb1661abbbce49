/**
 * The answer key in words, from the quiz data, for a quiz slide's speaker notes (markdown).
 *
 * Usage: `notesWithAnswerKey(note, frontmatter, find)` → a quiz slide's notes with the key on top
 */

import type { QuizQuestion } from '../engine/types'
import { describeSolution, isVotable, keyOptions } from '../engine/scoring'

/** The key on its own, for the top of a quiz slide's notes: what the presenter needs at a glance. */
export function answerKeyHead(q: QuizQuestion): string {
  return [
    `**Answer key:** ${describeSolution(q)}`,
    '',
    isVotable(q)
      ? 'Press → (next) to reveal it on every synced screen. In a seminar: → steps round 1, Discuss, round 2, the reveal (r reveals at once); on a slide outside today\'s plan, → skips it.'
      : 'Press → (next) to reveal it on every synced screen. In a seminar the room discusses it: phones do not vote on it.',
  ].join('\n')
}

/** Why the key is right and the passages it rests on, for after the presenter's own notes. */
export function answerKeyWhy(q: QuizQuestion): string {
  return [
    ...keyOptions(q).map(o => `- ${o.text} — ${o.explanation}`),
    '',
    ...q.sources.map(s => `Source, paragraph ${s.paragraph}: “${s.quote}”`),
  ].join('\n')
}

/**
 * A quiz slide's speaker notes (`layout: quiz`, `quiz: <id>`), in the order a presenter needs them at a glance:
 * the key and how to reveal it first, then the slide's own notes (typical wrong answer, discussion prompt, the
 * passage's paragraph), then why the key is right, with its passages. Other slides' notes are returned unchanged.
 */
export function notesWithAnswerKey(note: string | undefined, frontmatter: Record<string, unknown>, find: (id: string) => QuizQuestion): string | undefined {
  if (frontmatter.layout !== 'quiz' || typeof frontmatter.quiz !== 'string')
    return note
  const q = find(frontmatter.quiz)
  return [answerKeyHead(q), note?.trim(), answerKeyWhy(q)].filter(Boolean).join('\n\n')
}
