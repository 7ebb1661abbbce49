/**
 * Seeded shuffles for the display order (`order.ts` and each kind's `order`): the same seed gives the same
 * shuffles on every machine, so a question's letters only change when the question does.
 *
 * Usage: `cheapest(candidates(seedOf(q), q.options), cost)`
 */

import type { QuizQuestion } from './types'
import { fnv1a, questionHash } from './hash'

/** How many seeded shuffles of one question are compared. */
export const CANDIDATES = 12

/** mulberry32: a small, fast, seedable generator of floats in [0, 1). */
function generator(seed: string): () => number {
  let a = Number.parseInt(fnv1a(seed), 16)
  return () => {
    a = (a + 0x6D2B79F5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Fisher–Yates with the given generator; returns a new array. */
function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

/** The first CANDIDATES seeded shuffles of `items` for question `q`, in a fixed order. */
export function candidates<T>(q: QuizQuestion, items: readonly T[], salt = ''): T[][] {
  const random = generator(`${q.id}:${questionHash(q)}${salt}`)
  return Array.from({ length: CANDIDATES }, () => shuffled(items, random))
}

/** The candidate with the lowest cost; the earliest wins a tie. */
export function cheapest<T>(list: T[], cost: (c: T) => number): T {
  return list.reduce((best, c) => (cost(c) < cost(best) ? c : best))
}
