/**
 * Build-time work on the deck, in Node (Slidev runs preparsers only there):
 * - the quiz bank is validated once, quotes checked against the article paragraphs they cite and the wording
 *   rules of quiz/bank/wording.ts applied, so a broken question stops `slidev build` / `slidev export` with a message naming its file and id;
 * - quiz slides (`layout: quiz`) get their question's quiz section (`quizSection:`) and one click step, `clicks: 1`, the
 *   presenter's reveal on every synced screen; a votable one also gets `seminarClicks: 3`, its steps in a seminar
 *   (round 1, the discussion, round 2, the reveal: quiz/bank/slides.ts);
 * - the speaker notes as quiz/bank/notes.ts composes them (the teachers' handout prints the same): on a quiz slide
 *   the answer key, generated from the quiz data, on top of the slide's own notes, and on the first slide of each
 *   section of the seminar's plan the section's time budget above all (seminar/plan.ts);
 * - on every slide, each "paragraph N" in the speaker notes becomes a link to that paragraph in `/article`.
 */

import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { definePreparserSetup } from '@slidev/types'
import { articleParagraphs, linkParagraphRefs, normaliseTypography } from '../content/article'
import { locateQuestion, quizFiles } from '../quiz/bank'
import { speakerNotes } from '../quiz/bank/notes'
import { validateBank } from '../quiz/bank/schema'
import { quizSlideFrontmatter } from '../quiz/bank/slides'

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
      const notes = speakerNotes(note, frontmatter)
      return notes === undefined ? undefined : linkParagraphRefs(notes)
    },
  }]
})
