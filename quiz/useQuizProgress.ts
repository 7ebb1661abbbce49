/**
 * The deck's one quiz-progress store, saved in this browser's localStorage and shared by every tab:
 * when another tab (the slides beside `/study`, say) saves, this one takes the change in.
 * Storage that is missing or throws (private mode, a full quota) leaves progress in memory for the
 * session, and the store's `storageRefused` tells the learner so.
 *
 * Usage: `const quiz = useQuizProgress()` in any component; every call returns the same store.
 */

import type { QuizStore } from './engine/store'
import { quizBank } from '.'
import { STORAGE_KEY } from './engine/storage'
import { createQuizStore } from './engine/store'

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
  if (store)
    return store
  const created = createQuizStore({ sections: quizBank, storage: browserStorage() })
  globalThis.addEventListener?.('storage', (e: StorageEvent) => {
    if (e.key === STORAGE_KEY || e.key === null)
      created.sync(e.newValue)
  })
  store = created
  return store
}
