/**
 * The deck's one quiz-progress store, saved in this browser's localStorage and shared by every tab:
 * when another tab (the slides beside `/study`, say) saves, this one takes the change in.
 * Storage that is missing or throws (private mode, a full quota) leaves progress in memory for the
 * session, and the store's `storageRefused` tells the learner so.
 * The store starts with no questions: `loadQuizSections` fetches sections (quiz/sections.ts) and adds them.
 *
 * Usage: `const quiz = useQuizProgress()` in any component; every call returns the same store.
 * `await loadQuizSections(['china'])` before showing a china question; `await loadQuizSections()` for all.
 */

import type { QuizStore } from '../quiz/engine/store'
import type { QuizSection } from '../quiz/engine/types'
import { STORAGE_KEY } from '../quiz/engine/storage'
import { createQuizStore } from '../quiz/engine/store'
import { loadAllSections, loadSection, SECTION_IDS } from '../quiz/sections'

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
  const created = createQuizStore({ order: SECTION_IDS, storage: browserStorage() })
  globalThis.addEventListener?.('storage', (e: StorageEvent) => {
    if (e.key === STORAGE_KEY || e.key === null)
      created.sync(e.newValue)
  })
  store = created
  return store
}

/** Loads the given sections (every section when none are named) into the store; resolves to them. */
export async function loadQuizSections(ids?: readonly string[]): Promise<QuizSection[]> {
  const sections = ids ? await Promise.all(ids.map(loadSection)) : await loadAllSections()
  useQuizProgress().addSections(sections)
  return sections
}
