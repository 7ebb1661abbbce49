/**
 * Reading and writing saved quiz progress. Storage may be missing, may throw (private mode, quota)
 * or may hold anything at all; every read falls back to empty progress and never throws.
 *
 * Usage: `const saved = readProgress(localStorage, KEY, bank)`; `writeProgress(storage, KEY, saved)`
 */

import type { QuizQuestion, QuizResponse } from './types'
import { questionHash } from './hash'

/** Namespaced and versioned; bump the version when the stored shape changes. */
export const STORAGE_KEY = 'rj-common-ground:quiz:v2'
export const STORAGE_VERSION = 2

/** `open`: being answered; `checked`: scored by Check; `solution`: the learner chose Show solution (scores 0). */
export type AnswerStatus = 'open' | 'checked' | 'solution'

export interface SavedAnswer {
  /** `questionHash` of the question this answer was given to. */
  hash: string
  response?: QuizResponse
  status: AnswerStatus
  /** Score of the last Check, 0 to 1; 0 until checked. */
  score: number
  attempts: number
}

export interface SavedProgress {
  version: typeof STORAGE_VERSION
  answers: Record<string, SavedAnswer>
}

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

export const emptyProgress = (): SavedProgress => ({ version: STORAGE_VERSION, answers: {} })

const STATUSES: readonly string[] = ['open', 'checked', 'solution']

function isResponse(r: unknown): r is QuizResponse {
  if (typeof r === 'string')
    return true
  if (Array.isArray(r))
    return r.every(x => typeof x === 'string')
  return !!r && typeof r === 'object' && Object.values(r).every(x => typeof x === 'string')
}

function isSavedAnswer(a: unknown): a is SavedAnswer {
  if (!a || typeof a !== 'object')
    return false
  const x = a as Record<string, unknown>
  return typeof x.hash === 'string'
    && STATUSES.includes(x.status as string)
    && typeof x.score === 'number' && x.score >= 0 && x.score <= 1
    && typeof x.attempts === 'number'
    && (x.response === undefined || isResponse(x.response))
}

/**
 * Saved progress for the questions in `questions`. An answer whose question changed (hash differs)
 * or that is malformed is dropped alone; answers to questions the deck no longer has are kept as they are.
 */
export function readProgress(storage: StorageLike | null | undefined, key: string, questions: QuizQuestion[]): SavedProgress {
  let raw: string | null = null
  try {
    raw = storage?.getItem(key) ?? null
  }
  catch {
    return emptyProgress()
  }
  return parseProgress(raw, questions)
}

/** Saved progress from its serialised form (as stored, or as another tab wrote it); never throws. */
export function parseProgress(raw: string | null | undefined, questions: QuizQuestion[]): SavedProgress {
  if (!raw)
    return emptyProgress()
  let data: unknown
  try {
    data = JSON.parse(raw)
  }
  catch {
    return emptyProgress()
  }
  const d = data as Partial<SavedProgress> | null
  if (!d || d.version !== STORAGE_VERSION || !d.answers || typeof d.answers !== 'object')
    return emptyProgress()
  return { version: STORAGE_VERSION, answers: validAnswers(d.answers, questions) }
}

/** The answers that are well formed and were given to the current version of their question. */
export function validAnswers(saved: Record<string, unknown>, questions: QuizQuestion[]): Record<string, SavedAnswer> {
  const byId = new Map(questions.map(q => [q.id, q]))
  const answers: Record<string, SavedAnswer> = {}
  for (const [id, answer] of Object.entries(saved)) {
    if (!isSavedAnswer(answer))
      continue
    const q = byId.get(id)
    if (q && questionHash(q) !== answer.hash)
      continue
    answers[id] = answer
  }
  return answers
}

/** Whether the storage takes a write at all (absent, or throwing in private mode or when full, it does not). */
export function canStore(storage: StorageLike | null | undefined, key: string): boolean {
  if (!storage)
    return false
  try {
    storage.setItem(`${key}:probe`, '1')
    storage.removeItem(`${key}:probe`)
    return true
  }
  catch {
    return false
  }
}

/** Writes progress; returns false (and keeps nothing) when storage is absent or throws. */
export function writeProgress(storage: StorageLike | null | undefined, key: string, progress: SavedProgress): boolean {
  if (!storage)
    return false
  try {
    storage.setItem(key, JSON.stringify(progress))
    return true
  }
  catch {
    return false
  }
}
