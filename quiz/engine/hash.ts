/**
 * A short content hash of what a learner answers against: type, prompt, options and the right answer.
 * Editing any of these changes the hash, so only that question's saved answer is dropped.
 * Editing an explanation or the quoted source does not, and neither does the display order of options
 * or targets (saved answers hold ids, so a new order cannot corrupt them).
 *
 * Usage: `questionHash(q) === saved.hash`
 */

import type { QuizQuestion } from './types'

/** FNV-1a, 32-bit, as 8 hex digits. */
export function fnv1a(text: string): string {
  let h = 0x811C9DC5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(16).padStart(8, '0')
}

const byId = (items: readonly { id: string, text: string }[]) => items.map(x => [x.id, x.text]).sort((a, b) => (a[0]! < b[0]! ? -1 : 1))

export function questionHash(q: QuizQuestion): string {
  // Read from the question's shape, not its kind: the registry's modules hash through shuffle.ts, so importing
  // it here would make a cycle. Any type with targets has them hashed.
  const targets = 'targets' in q ? q.targets : []
  return fnv1a(JSON.stringify([q.type, q.prompt, byId(q.options), byId(targets), q.correct]))
}
