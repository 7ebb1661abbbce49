/**
 * Build-time additions to quiz slides (`layout: quiz`), generated from the quiz data so nothing is typed twice:
 * - one click step, `clicks: 1`, which reveals the answer on every synced screen;
 * - the answer key appended to the speaker notes.
 */
import { definePreparserSetup } from '@slidev/types'
import { locateQuestion } from '../quiz'
import { notesWithAnswerKey } from '../quiz/engine/answerKey'

export default definePreparserSetup(() => [{
  name: 'quiz-slides',
  async transformSlide(_content, frontmatter) {
    if (frontmatter.layout === 'quiz') frontmatter.clicks ??= 1
    return undefined
  },
  async transformNote(note, frontmatter) {
    return notesWithAnswerKey(note, frontmatter, id => locateQuestion(id).question)
  },
}])
