/**
 * The deck's one quiz-progress store, saved in this browser's localStorage.
 * Storage that is missing or throws (private mode) leaves progress in memory for the session.
 *
 * Usage: `const quiz = useQuizProgress()` in any component; every call returns the same store.
 */
import { createQuizStore, type QuizStore } from './engine/store'
import { quizBank } from '.'

let store: QuizStore | undefined

function browserStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null
  }
  catch {
    return null
  }
}

export function useQuizProgress(): QuizStore {
  store ??= createQuizStore({ sections: quizBank, storage: browserStorage() })
  return store
}
