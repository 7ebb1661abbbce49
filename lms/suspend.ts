/**
 * A compact text form of quiz progress for an LMS's `cmi.suspend_data`, which SCORM 1.2 caps at 4,096
 * characters. Each answer is a few characters: a 6-digit tag made from the question's id and content hash
 * (`versionTag`: an edited question's old answer is never matched to it), the status, the number of
 * attempts and the response in its kind's code (`kinds/`: option positions counted in id order, so neither
 * a new display order nor a saved position can mislead). Scores are not stored: a checked answer's score
 * is recomputed from its response. Decoding never throws; whatever it can't read is left out.
 *
 * Usage: `api.LMSSetValue('cmi.suspend_data', encodeSuspendData(store.answers, allQuestions))`;
 * `store.restore(decodeSuspendData(text, allQuestions))`
 */

import type { AnswerStatus, SavedAnswer } from '../quiz/engine/storage'
import type { QuizQuestion } from '../quiz/engine/types'
import { fnv1a, questionHash } from '../quiz/engine/hash'
import { kindOf } from '../quiz/engine/kinds'
import { scoreQuestion, solutionOf } from '../quiz/engine/scoring'

const VERSION = 'q1'
const STATUS: Record<AnswerStatus, string> = { open: 'o', checked: 'c', solution: 's' }
const STATUS_OF: Record<string, AnswerStatus> = { o: 'open', c: 'checked', s: 'solution' }
const ENTRY = /^([0-9a-f]{6})([ocs])([0-9a-z]+)\.([0-9a-z-]*)$/

/** The 6-character tag of a question's current version (its id and content hash). */
export const versionTag = (q: QuizQuestion): string => fnv1a(`${q.id}:${questionHash(q)}`).slice(0, 6)

/** Every answer to a current question, in bank order, as one short string. */
export function encodeSuspendData(answers: Readonly<Record<string, SavedAnswer>>, questions: readonly QuizQuestion[]): string {
  const entries = questions.flatMap((q) => {
    const a = answers[q.id]
    if (!a || a.hash !== questionHash(q))
      return []
    return [`${versionTag(q)}${STATUS[a.status]}${Math.max(0, Math.floor(a.attempts)).toString(36)}.${kindOf(q).encode(q, a.response)}`]
  })
  return [VERSION, ...entries].join(';')
}

/** The saved answers in `text` that belong to the current questions; anything else is skipped. */
export function decodeSuspendData(text: string | null | undefined, questions: readonly QuizQuestion[]): Record<string, SavedAnswer> {
  const [version, ...entries] = (text ?? '').split(';')
  if (version !== VERSION)
    return {}
  const byTag = new Map(questions.map(q => [versionTag(q), q]))
  const answers: Record<string, SavedAnswer> = {}
  for (const entry of entries) {
    const m = ENTRY.exec(entry)
    const q = m && byTag.get(m[1]!)
    if (!m || !q)
      continue
    const status = STATUS_OF[m[2]!]!
    const response = status === 'solution' ? solutionOf(q) : kindOf(q).decode(q, m[4]!)
    if (status === 'checked' && response === undefined)
      continue
    const score = status === 'checked' ? scoreQuestion(q, response) : 0
    answers[q.id] = { hash: questionHash(q), status, score, attempts: Number.parseInt(m[3]!, 36), ...(response === undefined ? {} : { response }) }
  }
  return answers
}
