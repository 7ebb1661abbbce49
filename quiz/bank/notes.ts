/**
 * A slide's speaker notes as the presenter reads them, composed in one place for the two that show them: the
 * preparser (setup/preparser.ts, which then links each "paragraph N" to /article) and the teachers' handout
 * (tools/print/teacherHandout.ts). A quiz slide gets its answer key on top (answerKey.ts); the first slide of a
 * section of the seminar's plan gets the section's time budget above everything (seminar/plan.ts).
 *
 * Usage: `speakerNotes(note, frontmatter)`
 */

import { notesWithBudget } from '../../seminar/plan'
import { notesWithAnswerKey } from './answerKey'
import { locateQuestion } from './index'

export function speakerNotes(note: string | undefined, frontmatter: Record<string, unknown>): string | undefined {
  return notesWithBudget(notesWithAnswerKey(note, frontmatter, id => locateQuestion(id).question), frontmatter)
}
