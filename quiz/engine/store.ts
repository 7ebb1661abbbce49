/**
 * Quiz progress for the whole deck: one reactive store keyed by question id, saved after every change.
 * A slide mounted several times (preview, overview, presenter) reads the same entry, so nothing is
 * recorded twice; Check on an already-checked question does nothing, so double clicks count once.
 *
 * Usage: `const quiz = createQuizStore({ sections, storage: localStorage })`; `quiz.select(id, 'a')`;
 * `quiz.check(id)`; `quiz.retry(id)`; `quiz.reveal(id)`; `quiz.reset()`
 */
import { computed, reactive } from 'vue'
import type { QuizQuestion, QuizResponse, QuizSection } from './types'
import { questionHash } from './hash'
import { isAnswered, scoreQuestion, solutionOf } from './scoring'
import type { AnswerStatus, SavedAnswer, StorageLike } from './storage'
import { readProgress, STORAGE_KEY, writeProgress } from './storage'

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
  /** Questions checked or revealed. */
  done: number
}

export function createQuizStore({ sections, storage, key = STORAGE_KEY }: StoreOptions) {
  const questions = sections.flatMap(s => s.questions)
  const byId = new Map<string, QuizQuestion>(questions.map(q => [q.id, q]))
  const answers = reactive(readProgress(storage, key, questions).answers)
  let persisted = true

  function save() {
    persisted = writeProgress(storage, key, { version: 1, answers })
  }

  function question(id: string): QuizQuestion {
    const q = byId.get(id)
    if (!q) throw new Error(`Unknown quiz question "${id}"`)
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
    if (statusOf(id) !== 'open') return
    entry(id).response = response
    save()
  }

  /** Scores the response once; returns false (and records nothing) if unanswered or already checked. */
  function check(id: string): boolean {
    if (!canCheck(id)) return false
    const e = entry(id)
    e.score = scoreQuestion(question(id), e.response)
    e.status = 'checked'
    e.attempts += 1
    save()
    return true
  }

  /** Reopens a question with the learner's last response; the earlier score no longer counts. */
  function retry(id: string) {
    if (statusOf(id) === 'open') return
    const e = entry(id)
    e.status = 'open'
    e.score = 0
    save()
  }

  /** Shows the right answer. A question revealed before it was checked scores 0. */
  function reveal(id: string) {
    const e = entry(id)
    if (e.status === 'open') e.score = 0
    e.status = 'revealed'
    e.response = solutionOf(question(id))
    save()
  }

  /** Forgets the given questions (or all) entirely. */
  function reset(ids: string[] = Object.keys(answers)) {
    for (const id of ids) delete answers[id]
    save()
  }

  const sectionScores = computed<SectionScore[]>(() => sections.map(s => ({
    id: s.id,
    title: s.title,
    score: s.questions.reduce((n, q) => n + scoreOf(q.id), 0),
    total: s.questions.length,
    done: s.questions.filter(q => statusOf(q.id) !== 'open').length,
  })))

  /** Questions checked or revealed without full marks, in deck order. */
  const missed = computed(() => questions.filter(q => statusOf(q.id) !== 'open' && scoreOf(q.id) < 1))

  return {
    answers,
    sectionScores,
    missed,
    get persisted() { return persisted },
    question,
    statusOf,
    responseOf,
    scoreOf,
    canCheck,
    select,
    check,
    retry,
    reveal,
    reset,
  }
}

export type QuizStore = ReturnType<typeof createQuizStore>
