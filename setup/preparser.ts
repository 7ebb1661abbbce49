/**
 * Build-time additions to quiz slides (`layout: quiz`), generated from the quiz data so nothing is typed twice:
 * - one click step, `clicks: 1`, which reveals the answer on every synced screen;
 * - the answer key appended to the speaker notes.
 * And on every slide, each "paragraph N" in the speaker notes becomes a link to that paragraph in `/article`.
 */
import { definePreparserSetup } from '@slidev/types'
import { linkParagraphRefs } from '../content/article'
import { locateQuestion } from '../quiz'
import { notesWithAnswerKey } from '../quiz/engine/answerKey'

export default definePreparserSetup(() => [{
  name: 'quiz-slides',
  async transformSlide(_content, frontmatter) {
    if (frontmatter.layout === 'quiz') frontmatter.clicks ??= 1
    return undefined
  },
  async transformNote(note, frontmatter) {
    const notes = notesWithAnswerKey(note, frontmatter, id => locateQuestion(id).question)
    return notes === undefined ? undefined : linkParagraphRefs(notes)
  },
}])
