/**
 * Quiz progress for the whole deck: one reactive store keyed by question id, saved after every change.
 * A slide mounted several times (preview, overview, presenter) reads the same entry, so nothing is
 * recorded twice; Check on an already-checked question does nothing, so double clicks count once.
 *
 * Another tab (the slides beside `/study`) writes the same storage key: `sync(raw)` takes its saved state
 * in, so neither overwrites the other. `storageRefused` turns true when the browser would not keep a write.
 *
 * Sections can arrive later (`addSections`), as a quiz slide loads its own: saved answers to questions not
 * loaded yet are kept as they are, and checked against their question's hash once its section arrives.
 *
 * Usage: `const quiz = createQuizStore({ sections, storage: localStorage })`; `quiz.addSections([more])`;
 * `quiz.select(id, 'a')`; `quiz.check(id)`; `quiz.retry(id)`; `quiz.showSolution(id)`; `quiz.reset()`;
 * `quiz.restore(saved)`
 */

import type { AnswerStatus, SavedAnswer, StorageLike } from './storage'
import type { QuizQuestion, QuizResponse, QuizSection } from './types'
import { computed, reactive, ref, shallowRef } from 'vue'
import { questionHash } from './hash'
import { isAnswered, scoreQuestion, solutionOf, totalPoints } from './scoring'
import { canStore, parseProgress, readProgress, STORAGE_KEY, STORAGE_VERSION, validAnswers, writeProgress } from './storage'

export interface StoreOptions {
  /** Sections known from the start; `addSections` adds more as they load. */
  sections?: QuizSection[]
  /** Section ids in deck order: section scores follow it, whatever order the sections load in. */
  order?: readonly string[]
  storage?: StorageLike | null
  key?: string
}

export interface LocatedQuestion {
  question: QuizQuestion
  section: QuizSection
  /** 0-based position in its section. */
  index: number
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

export function createQuizStore({ sections: initial = [], order = [], storage, key = STORAGE_KEY }: StoreOptions) {
  const sections = shallowRef<QuizSection[]>([])
  const questions = computed(() => sections.value.flatMap(s => s.questions))
  const located = computed(() => new Map<string, LocatedQuestion>(
    sections.value.flatMap(section => section.questions.map((question, index) => [question.id, { question, section, index }] as const)),
  ))
  const answers = reactive(readProgress(storage, key, []).answers)
  const storageRefused = ref(!canStore(storage, key))
  addSections(initial)

  /**
   * Adds sections not loaded yet (a section already here is kept as it is), in deck order, and drops the
   * saved answers given to an earlier version of their questions. Writes nothing.
   */
  function addSections(more: readonly QuizSection[]) {
    const have = new Set(sections.value.map(s => s.id))
    const fresh = more.filter(s => !have.has(s.id) && have.add(s.id))
    if (!fresh.length)
      return
    const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length)
    sections.value = [...sections.value, ...fresh].sort((a, b) => rank(a.id) - rank(b.id))
    replace(validAnswers(answers, questions.value))
  }

  /**
   * Saves the given questions' answers on top of what is stored now, so answers another tab saved in the
   * meantime are kept (and taken in here too). With no working storage, progress stays in memory.
   */
  function save(ids: string[]) {
    const stored = readProgress(storage, key, questions.value).answers
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

  /** The question, its section and its position there; throws if its section is not loaded. */
  function locate(id: string): LocatedQuestion {
    const found = located.value.get(id)
    if (!found)
      throw new Error(`Quiz question "${id}" is unknown, or its section is not loaded yet`)
    return found
  }

  const question = (id: string): QuizQuestion => locate(id).question

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
    replace(validAnswers(saved, questions.value))
    storageRefused.value = !writeProgress(storage, key, { version: STORAGE_VERSION, answers })
  }

  /** Takes in what another tab saved under the same key (a `storage` event's new value); writes nothing. */
  function sync(raw: string | null) {
    replace(parseProgress(raw, questions.value).answers)
  }

  const sectionScores = computed<SectionScore[]>(() => sections.value.map(s => ({
    id: s.id,
    title: s.title,
    score: s.questions.reduce((n, q) => n + scoreOf(q.id), 0),
    total: totalPoints(s.questions),
    done: s.questions.filter(q => statusOf(q.id) !== 'open').length,
  })))

  /** Questions checked without full marks or with the solution shown, in deck order. */
  const missed = computed(() => questions.value.filter(q => statusOf(q.id) !== 'open' && scoreOf(q.id) < 1))

  return {
    answers,
    sections,
    questions,
    addSections,
    locate,
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
