/**
 * What the preparser (setup/preparser.ts) writes into a quiz slide's frontmatter from the bank, as a plain
 * function it calls and tests check: its question's quiz section (`quizSection:`, so the browser loads that
 * section and never works it out from the id; `section:` is the deck's own division, whose title the
 * progress bar shows) and one click step (`clicks: 1`, the presenter's reveal). The answer key is no slide:
 * `npm run export` prints it from the bank (tools/print/answerKeyDocument.ts).
 *
 * Usage: `quizSlideFrontmatter(frontmatter, locateQuestion)`
 */

import type { QuizQuestion, QuizSection } from '../engine/types'

/** Sets a quiz slide's (`layout: quiz`, `quiz: <id>`) quiz section and click step; other slides are left alone. */
export function quizSlideFrontmatter(frontmatter: Record<string, unknown>, locate: (id: string) => { question: QuizQuestion, section: QuizSection }): void {
  if (frontmatter.layout !== 'quiz' || typeof frontmatter.quiz !== 'string')
    return
  frontmatter.quizSection = locate(frontmatter.quiz).section.id
  frontmatter.clicks ??= 1
}
