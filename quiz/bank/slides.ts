/**
 * What the preparser (setup/preparser.ts) writes into a quiz slide's frontmatter from the bank, as a plain
 * function it calls and tests check: its question's quiz section (`quizSection:`, so the browser loads that
 * section and never works it out from the id; `section:` is the deck's own division, whose title the
 * progress bar shows) and one click step (`clicks: 1`, the presenter's reveal); a votable question also
 * gets `seminarClicks: 3`, its click steps in a seminar (peer instruction: round 1, the discussion, round 2, the
 * reveal; setup/main.ts applies them). The answer key is no slide:
 * `npm run export` prints it from the bank (tools/print/answerKeyDocument.ts).
 *
 * Usage: `quizSlideFrontmatter(frontmatter, locateQuestion)`
 */

import type { QuizQuestion, QuizSection } from '../engine/types'
import { isVotable } from '../engine/scoring'

/** Peer instruction's click steps on a votable quiz slide in a seminar: round 1 (0), the discussion, round 2, the reveal. */
export const SEMINAR_CLICKS = 3

/** Sets a quiz slide's (`layout: quiz`, `quiz: <id>`) quiz section and click step; other slides are left alone. */
export function quizSlideFrontmatter(frontmatter: Record<string, unknown>, locate: (id: string) => { question: QuizQuestion, section: QuizSection }): void {
  if (frontmatter.layout !== 'quiz' || typeof frontmatter.quiz !== 'string')
    return
  const { question, section } = locate(frontmatter.quiz)
  frontmatter.quizSection = section.id
  frontmatter.clicks ??= 1
  if (isVotable(question))
    frontmatter.seminarClicks = SEMINAR_CLICKS
}
