/**
 * Build-time work on the deck, in Node (Slidev runs preparsers only there):
 * - the quiz bank is validated once, quotes checked against the article paragraphs they cite and the wording
 *   rules of quiz/bank/wording.ts applied, so a broken question stops `slidev build` / `slidev export` with a message naming its file and id;
 * - quiz slides (`layout: quiz`) get their question's quiz section (`quizSection:`) and one click step, `clicks: 1`, the
 *   presenter's reveal on every synced screen;
 * - the answer key, generated from the quiz data, is appended to their speaker notes;
 * - the first slide of each section of the seminar's plan gets the section's time budget on top of its notes
 *   (seminar/plan.ts);
 * - on every slide, each "paragraph N" in the speaker notes becomes a link to that paragraph in `/article`.
 */

import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { definePreparserSetup } from '@slidev/types'
import { articleParagraphs, linkParagraphRefs, normaliseTypography } from '../content/article'
import { locateQuestion, quizFiles } from '../quiz/bank'
import { notesWithAnswerKey } from '../quiz/bank/answerKey'
import { validateBank } from '../quiz/bank/schema'
import { quizSlideFrontmatter } from '../quiz/bank/slides'
import { notesWithBudget } from '../seminar/plan'

export default definePreparserSetup(({ filepath }) => {
  const article = readFileSync(join(dirname(filepath), 'content/article.md'), 'utf8')
  validateBank(quizFiles, { paragraphs: articleParagraphs(article).map(normaliseTypography), normalise: normaliseTypography, wording: true })
  return [{
    name: 'quiz-slides',
    async transformSlide(_content, frontmatter) {
      quizSlideFrontmatter(frontmatter, locateQuestion)
      return undefined
    },
    async transformNote(note, frontmatter) {
      const notes = notesWithBudget(notesWithAnswerKey(note, frontmatter, id => locateQuestion(id).question), frontmatter)
      return notes === undefined ? undefined : linkParagraphRefs(notes)
    },
  }]
})
