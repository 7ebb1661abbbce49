/**
 * Quiz progress for the whole deck: one reactive store keyed by question id, saved after every change.
 * A slide mounted several times (preview, overview, presenter) reads the same entry, so nothing is
 * recorded twice; Check on an already-checked question does nothing, so double clicks count once.
 *
 * Another tab (the slides beside `/study`) writes the same storage key: `sync(raw)` takes its saved state
 * in, so neither overwrites the other. `storageRefused` turns true when the browser would not keep a write.
 *
 * Usage: `const quiz = createQuizStore({ sections, storage: localStorage })`; `quiz.select(id, 'a')`;
 * `quiz.check(id)`; `quiz.retry(id)`; `quiz.showSolution(id)`; `quiz.reset()`; `quiz.restore(saved)`
 */

import type { AnswerStatus, SavedAnswer, StorageLike } from './storage'
import type { QuizQuestion, QuizResponse, QuizSection } from './types'
import { computed, reactive, ref } from 'vue'
import { questionHash } from './hash'
import { isAnswered, scoreQuestion, solutionOf } from './scoring'
import { canStore, parseProgress, readProgress, STORAGE_KEY, STORAGE_VERSION, validAnswers, writeProgress } from './storage'

export interface StoreOptions {
  sections: QuizSection[]
  storage?: StorageLike | null
  key?: string
}

export interface SectionScore {
  id: string
  title: string
  /** Sum of checked scores. */
  score: number
  /** Number of questions. */
  total: number
  /** Questions checked or with the solution shown. */
  done: number
}

export function createQuizStore({ sections, storage, key = STORAGE_KEY }: StoreOptions) {
  const questions = sections.flatMap(s => s.questions)
  const byId = new Map<string, QuizQuestion>(questions.map(q => [q.id, q]))
  const answers = reactive(readProgress(storage, key, questions).answers)
  const storageRefused = ref(!canStore(storage, key))

  /**
   * Saves the given questions' answers on top of what is stored now, so answers another tab saved in the
   * meantime are kept (and taken in here too). With no working storage, progress stays in memory.
   */
  function save(ids: string[]) {
    const stored = readProgress(storage, key, questions).answers
    for (const id of ids) {
      if (answers[id])
        stored[id] = answers[id]
      else delete stored[id]
    }
    storageRefused.value = !writeProgress(storage, key, { version: STORAGE_VERSION, answers: stored })
    if (!storageRefused.value)
      replace(stored)
  }

  /** Replaces every answer in memory with `next` (already validated), without writing. */
  function replace(next: Record<string, SavedAnswer>) {
    for (const id of Object.keys(answers)) {
      if (!(id in next))
        delete answers[id]
    }
    Object.assign(answers, next)
  }

  function question(id: string): QuizQuestion {
    const q = byId.get(id)
    if (!q)
      throw new Error(`Unknown quiz question "${id}"`)
    return q
  }

  function entry(id: string): SavedAnswer {
    const q = question(id)
    answers[id] ??= { hash: questionHash(q), status: 'open', score: 0, attempts: 0 }
    return answers[id]
  }

  const statusOf = (id: string): AnswerStatus => answers[id]?.status ?? 'open'
  const responseOf = (id: string): QuizResponse | undefined => answers[id]?.response
  const scoreOf = (id: string): number => answers[id]?.status === 'open' ? 0 : answers[id]?.score ?? 0
  const canCheck = (id: string): boolean => statusOf(id) === 'open' && isAnswered(question(id), responseOf(id))

  /** Records a response while the question is open; ignored after Check or Show solution. */
  function select(id: string, response: QuizResponse) {
    if (statusOf(id) !== 'open')
      return
    entry(id).response = response
    save([id])
  }

  /** Scores the response once; returns false (and records nothing) if unanswered or already checked. */
  function check(id: string): boolean {
    if (!canCheck(id))
      return false
    const e = entry(id)
    e.score = scoreQuestion(question(id), e.response)
    e.status = 'checked'
    e.attempts += 1
    save([id])
    return true
  }

  /**
   * Reopens a question; the earlier score no longer counts. After Check the learner's last response
   * stays to work on; after Show solution the response starts empty, so the solution is never scored.
   */
  function retry(id: string) {
    if (statusOf(id) === 'open')
      return
    const e = entry(id)
    if (e.status === 'solution')
      delete e.response
    e.status = 'open'
    e.score = 0
    save([id])
  }

  /** Shows the right answer. The question scores 0 for this pass, whether or not it was checked. */
  function showSolution(id: string) {
    const e = entry(id)
    e.status = 'solution'
    e.score = 0
    e.response = solutionOf(question(id))
    save([id])
  }

  /** Forgets the given questions (or all) entirely. */
  function reset(ids?: string[]) {
    if (!ids)
      return restore({})
    for (const id of ids) delete answers[id]
    save(ids)
  }

  /** Takes saved answers from elsewhere (an LMS's suspend data): those that fit the current questions replace all, and are saved. */
  function restore(saved: Record<string, unknown>) {
    replace(validAnswers(saved, questions))
    storageRefused.value = !writeProgress(storage, key, { version: STORAGE_VERSION, answers })
  }

  /** Takes in what another tab saved under the same key (a `storage` event's new value); writes nothing. */
  function sync(raw: string | null) {
    replace(parseProgress(raw, questions).answers)
  }

  const sectionScores = computed<SectionScore[]>(() => sections.map(s => ({
    id: s.id,
    title: s.title,
    score: s.questions.reduce((n, q) => n + scoreOf(q.id), 0),
    total: s.questions.length,
    done: s.questions.filter(q => statusOf(q.id) !== 'open').length,
  })))

  /** Questions checked without full marks or with the solution shown, in deck order. */
  const missed = computed(() => questions.filter(q => statusOf(q.id) !== 'open' && scoreOf(q.id) < 1))

  return {
    answers,
    sectionScores,
    missed,
    storageRefused,
    question,
    statusOf,
    responseOf,
    scoreOf,
    canCheck,
    select,
    check,
    retry,
    showSolution,
    reset,
    restore,
    sync,
  }
}

export type QuizStore = ReturnType<typeof createQuizStore>
