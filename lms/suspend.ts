/**
 * A compact text form of quiz progress for an LMS's `cmi.suspend_data`, which SCORM 1.2 caps at 4,096
 * characters. Each answer is a few characters: a 6-digit key made from the question's id and content hash
 * (an edited question's old answer is never matched to it), the status, the number of attempts and the
 * response as option positions, counted in id order (so neither a new display order nor a saved position
 * can mislead). Scores are not stored: a checked answer's score is recomputed from its response.
 * Decoding never throws; whatever it can't read is left out.
 *
 * Usage: `api.LMSSetValue('cmi.suspend_data', encodeSuspendData(store.answers, allQuestions))`;
 * `store.restore(decodeSuspendData(text, allQuestions))`
 */

import type { AnswerStatus, SavedAnswer } from '../quiz/engine/storage'
import type { QuizQuestion, QuizResponse } from '../quiz/engine/types'
import { fnv1a, questionHash } from '../quiz/engine/hash'
import { asChosen, scoreQuestion, solutionOf } from '../quiz/engine/scoring'

const VERSION = 'q1'
const STATUS: Record<AnswerStatus, string> = { open: 'o', checked: 'c', solution: 's' }
const STATUS_OF: Record<string, AnswerStatus> = { o: 'open', c: 'checked', s: 'solution' }
const ENTRY = /^([0-9a-f]{6})([ocs])([0-9a-z]+)\.([0-9a-z-]*)$/

/** The 6-character key of a question's current version. */
export const answerKey = (q: QuizQuestion): string => fnv1a(`${q.id}:${questionHash(q)}`).slice(0, 6)

const sortedIds = (items: readonly { id: string }[]) => items.map(x => x.id).sort()
const digit = (i: number) => (i >= 0 && i < 36 ? i.toString(36) : undefined)

function encodeResponse(q: QuizQuestion, r: QuizResponse | undefined): string {
  const ids = sortedIds(q.options)
  const pos = (id: string) => digit(ids.indexOf(id))
  if (r === undefined)
    return ''
  if (q.type === 'matching') {
    if (typeof r !== 'object' || Array.isArray(r))
      return ''
    const targets = sortedIds(q.targets)
    return ids.map(id => digit(targets.indexOf(r[id] ?? '')) ?? '-').join('')
  }
  const list = [...asChosen(r)]
  const digits = list.map(pos)
  return digits.every(d => d !== undefined) ? digits.join('') : ''
}

function decodeResponse(q: QuizQuestion, text: string): QuizResponse | undefined {
  if (!text)
    return undefined
  const ids = sortedIds(q.options)
  const at = (list: string[], c: string) => list[Number.parseInt(c, 36)]
  if (q.type === 'matching') {
    if (text.length !== ids.length)
      return undefined
    const targets = sortedIds(q.targets)
    const map: Record<string, string> = {}
    ids.forEach((id, i) => {
      const t = text[i] === '-' ? undefined : at(targets, text[i]!)
      if (t)
        map[id] = t
    })
    return map
  }
  const list = Array.from(text, c => at(ids, c))
  if (!list.every((x): x is string => x !== undefined))
    return undefined
  if (q.type === 'single' || q.type === 'truefalse')
    return list.length === 1 ? list[0] : undefined
  return list as string[]
}

/** Every answer to a current question, in bank order, as one short string. */
export function encodeSuspendData(answers: Readonly<Record<string, SavedAnswer>>, questions: readonly QuizQuestion[]): string {
  const entries = questions.flatMap((q) => {
    const a = answers[q.id]
    if (!a || a.hash !== questionHash(q))
      return []
    return [`${answerKey(q)}${STATUS[a.status]}${Math.max(0, Math.floor(a.attempts)).toString(36)}.${encodeResponse(q, a.response)}`]
  })
  return [VERSION, ...entries].join(';')
}

/** The saved answers in `text` that belong to the current questions; anything else is skipped. */
export function decodeSuspendData(text: string | null | undefined, questions: readonly QuizQuestion[]): Record<string, SavedAnswer> {
  const [version, ...entries] = (text ?? '').split(';')
  if (version !== VERSION)
    return {}
  const byKey = new Map(questions.map(q => [answerKey(q), q]))
  const answers: Record<string, SavedAnswer> = {}
  for (const entry of entries) {
    const m = ENTRY.exec(entry)
    const q = m && byKey.get(m[1]!)
    if (!m || !q)
      continue
    const status = STATUS_OF[m[2]!]!
    const response = status === 'solution' ? solutionOf(q) : decodeResponse(q, m[4]!)
    if (status === 'checked' && response === undefined)
      continue
    const score = status === 'checked' ? scoreQuestion(q, response) : 0
    answers[q.id] = { hash: questionHash(q), status, score, attempts: Number.parseInt(m[3]!, 36), ...(response === undefined ? {} : { response }) }
  }
  return answers
}
