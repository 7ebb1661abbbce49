/**
 * What the preparser (setup/preparser.ts) writes into the deck from the bank, as plain functions it calls
 * and tests check:
 * - a quiz slide's frontmatter gets its question's quiz section (`quizSection:`, so the browser loads that
 *   section and never works it out from the id; `section:` is the deck's own division, whose title the
 *   progress bar shows) and one click step (`clicks: 1`, the presenter's reveal);
 * - the answer key's entry (answer-key.md) gets its pages, each section's questions two to a page, in
 *   place of the marker line, so a new or moved question never needs the entry re-paginated by hand.
 *
 * Usage: `quizSlideFrontmatter(frontmatter, locateQuestion)`; `expandAnswerKeyPages(lines, quizBank)`
 */

import type { QuizQuestion, QuizSection } from '../engine/types'

/** The line in answer-key.md that the answer key's pages replace. */
export const ANSWER_KEY_PAGES = '<!-- answer-key pages: generated from the bank by setup/preparser.ts -->'

/** Questions on one page of the answer key. */
export const QUESTIONS_PER_PAGE = 2

/** Sets a quiz slide's (`layout: quiz`, `quiz: <id>`) quiz section and click step; other slides are left alone. */
export function quizSlideFrontmatter(frontmatter: Record<string, unknown>, locate: (id: string) => { question: QuizQuestion, section: QuizSection }): void {
  if (frontmatter.layout !== 'quiz' || typeof frontmatter.quiz !== 'string')
    return
  frontmatter.quizSection = locate(frontmatter.quiz).section.id
  frontmatter.clicks ??= 1
}

/** The answer key's pages as slides of markdown: one `<AnswerKey>` each, every question once, in bank order. */
export function answerKeyPages(bank: readonly QuizSection[], perPage = QUESTIONS_PER_PAGE): string[] {
  return bank.flatMap(s => Array.from({ length: Math.ceil(s.questions.length / perPage) }, (_, page) => {
    const from = page * perPage
    return `<AnswerKey section="${s.id}" :from="${from}" :count="${Math.min(perPage, s.questions.length - from)}" />`
  }))
}

/** Replaces the marker line in a file's raw lines (in place, as Slidev's `transformRawLines` wants) with the answer key's pages. */
export function expandAnswerKeyPages(lines: string[], bank: readonly QuizSection[]): void {
  const at = lines.findIndex(l => l.trim() === ANSWER_KEY_PAGES)
  if (at < 0)
    return
  const pages = answerKeyPages(bank).flatMap((page, i) => (i === 0 ? [page] : ['', '---', '', page]))
  lines.splice(at, 1, ...pages)
}
