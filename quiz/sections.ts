/**
 * The quiz's one section manifest, for Node and the browser alike: each section file, in deck order. The
 * browser fetches a section when a slide needs it (a quiz slide loads its own, the results slide, `/study`
 * and the answer key load them all), one chunk each; Node loads them all once (quiz/bank). Each section is
 * put in display order on its own (`engine/order.ts`), so it shows the same letters wherever it loads.
 * Which section a quiz slide's question is in, the preparser writes into the slide's frontmatter (`quizSection:`).
 *
 * Usage: `const section = await loadSection('china')`; `await loadAllSections()`
 */

import type { QuizSection } from './engine/types'
import { displaySection } from './engine/order'

/** Each section file, in deck order; its id is its file's name (the bank's schema checks it). */
export const SECTION_FILES = {
  context: () => import('./context'),
  china: () => import('./china'),
  interests: () => import('./interests'),
  contours: () => import('./contours'),
  limits: () => import('./limits'),
  review: () => import('./review'),
} satisfies Record<string, () => Promise<{ default: QuizSection }>>

export type SectionId = keyof typeof SECTION_FILES

export const SECTION_IDS = Object.keys(SECTION_FILES) as readonly SectionId[]

const isSectionId = (id: string): id is SectionId => Object.hasOwn(SECTION_FILES, id)

const loading = new Map<string, Promise<QuizSection>>()

/** One section in display order; each is fetched once. */
export function loadSection(id: string): Promise<QuizSection> {
  if (!isSectionId(id))
    return Promise.reject(new Error(`Unknown quiz section "${id}"`))
  if (!loading.has(id)) {
    loading.set(id, SECTION_FILES[id]().then(m => displaySection(m.default), (error) => {
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
