/**
 * The quiz bank as the browser loads it: one chunk per section, fetched when a slide needs it. A quiz slide
 * loads its own section, the results slide and `/study` load them all. Each section is put in display order
 * on its own (`engine/order.ts`), so it shows the same letters as the whole bank in quiz/index.ts, which
 * Node (build, export, tests, the seminar server) uses.
 *
 * Usage: `const section = await loadSection(sectionOfQuestion('china-obor-balance'))`; `await loadAllSections()`
 */

import type { QuizSection } from './engine/types'
import { displaySection } from './engine/order'

/** Each section file, in deck order. A question's id starts with its section's id (tests/quiz/sections.test.ts checks it). */
const files: Record<string, () => Promise<{ default: QuizSection }>> = {
  context: () => import('./context'),
  china: () => import('./china'),
  interests: () => import('./interests'),
  contours: () => import('./contours'),
  limits: () => import('./limits'),
  review: () => import('./review'),
}

export const SECTION_IDS: readonly string[] = Object.keys(files)

/** The id of the section a question belongs to; throws for an id that no section's could start. */
export function sectionOfQuestion(questionId: string): string {
  const id = SECTION_IDS.find(s => questionId.startsWith(`${s}-`))
  if (!id)
    throw new Error(`Quiz question "${questionId}" belongs to no section: its id must start with one of ${SECTION_IDS.join(', ')}`)
  return id
}

const loading = new Map<string, Promise<QuizSection>>()

/** One section in display order; each is fetched once. */
export function loadSection(id: string): Promise<QuizSection> {
  const load = files[id]
  if (!load)
    return Promise.reject(new Error(`Unknown quiz section "${id}"`))
  if (!loading.has(id)) {
    loading.set(id, load().then(m => displaySection(m.default), (error) => {
      loading.delete(id) // a failed fetch (offline before the service worker has it) is tried again next time
      throw error
    }))
  }
  return loading.get(id)!
}

/** Every section, in deck order. */
export function loadAllSections(): Promise<QuizSection[]> {
  return Promise.all(SECTION_IDS.map(loadSection))
}
