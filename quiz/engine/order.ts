/**
 * The order in which a question's options (and matching targets) are shown, the same everywhere a
 * question appears: slides, `/study`, worksheet and answer-key PDFs, phones in a seminar, LMS exports.
 * Authors write options in any order (the right one first, say); the display order carries no
 * information about the answer:
 * - each question is shuffled by a generator seeded with its id and content hash, so the order only
 *   changes when the question does;
 * - among the first few shuffles of a question, the one that gives least away is kept: the key letter
 *   used least so far in its section, counting every true/false key in it (single choice), right answers split between the halves as fairly
 *   as the count allows (select-all), the fewest items paired with the target at the same position
 *   (matching);
 * - an ordering question never starts in the right order or its reverse, has at most one item in its
 *   right place where it can, and never starts from the same scramble as another in its section.
 * Each section is ordered on its own, so a quiz slide can load its section alone (quiz/sections.ts) and
 * show the same letters as the whole bank does.
 * True/false keeps True before False.
 *
 * Usage: `export const quizBank = displayOrder(sections)`, or `displaySection(section)` for one
 */

import type { MatchingQuestion, MultipleChoiceQuestion, OrderingQuestion, QuizQuestion, QuizSection, SingleChoiceQuestion } from './types'
import { fnv1a, questionHash } from './hash'

/** How many seeded shuffles of one question are compared. */
const CANDIDATES = 12

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
function candidates<T>(q: QuizQuestion, items: readonly T[], salt = ''): T[][] {
  const random = generator(`${q.id}:${questionHash(q)}${salt}`)
  return Array.from({ length: CANDIDATES }, () => shuffled(items, random))
}

/** The candidate with the lowest cost; the earliest wins a tie. */
function cheapest<T>(list: T[], cost: (c: T) => number): T {
  return list.reduce((best, c) => (cost(c) < cost(best) ? c : best))
}

/** Running counts of key letters (by position) over single-choice and true/false questions. */
type KeyCounts = number[]

const keyAt = (q: SingleChoiceQuestion, shown: QuizQuestion['options']) => shown.findIndex(o => o.id === q.correct)

function orderSingle(q: SingleChoiceQuestion, keys: KeyCounts): SingleChoiceQuestion {
  const options = cheapest(candidates(q, q.options), c => keys[keyAt(q, c)] ?? 0)
  keys[keyAt(q, options)] = (keys[keyAt(q, options)] ?? 0) + 1
  return { ...q, options }
}

function orderMultiple(q: MultipleChoiceQuestion): MultipleChoiceQuestion {
  // As many right answers in the first half as a fair split would put there: fewer would make the
  // second half the tell.
  const half = Math.ceil(q.options.length / 2)
  const fair = q.correct.length * half / q.options.length
  const options = cheapest(candidates(q, q.options), c => Math.abs(c.slice(0, half).filter(o => q.correct.includes(o.id)).length - fair))
  return { ...q, options }
}

function orderMatching(q: MatchingQuestion): MatchingQuestion {
  const pairs = candidates(q, q.options).map((options, i) => ({ options, targets: candidates(q, q.targets, ':targets')[i]! }))
  const diagonal = (p: typeof pairs[number]) => p.options.filter((o, i) => p.targets[i]?.id === q.correct[o.id]).length
  return { ...q, ...cheapest(pairs, diagonal) }
}

/** The scramble as a pattern: for each shown position, the index of its item in the right order. */
function pattern(q: OrderingQuestion, shown: QuizQuestion['options']): string {
  return shown.map(o => q.correct.indexOf(o.id)).join(',')
}

function orderOrdering(q: OrderingQuestion, used: Set<string>): OrderingQuestion {
  const n = q.correct.length
  const right = Array.from({ length: n }, (_, i) => i).join(',')
  const reverse = Array.from({ length: n }, (_, i) => n - 1 - i).join(',')
  const allowed = (shown: QuizQuestion['options']) => ![right, reverse].includes(pattern(q, shown)) && !used.has(pattern(q, shown))
  // One item already in place is as a random scramble would often have it; more gives points away.
  const inPlace = (shown: QuizQuestion['options']) => Math.max(1, shown.filter((o, i) => q.correct[i] === o.id).length)
  // More candidates than usual: short lists have few scrambles, and earlier questions may have taken some.
  const pool = Array.from({ length: 8 }, (_, k) => candidates(q, q.options, `:${k}`)).flat().filter(allowed)
  if (!pool.length)
    throw new Error(`Ordering question "${q.id}" has no unused scramble left; give it more items.`)
  const options = cheapest(pool, inPlace)
  used.add(pattern(q, options))
  return { ...q, options }
}

/** One question with its options in display order; `keys` and `used` carry what earlier questions took. */
function orderQuestion(q: QuizQuestion, keys: KeyCounts, used: Set<string>): QuizQuestion {
  switch (q.type) {
    case 'single': return orderSingle(q, keys)
    case 'truefalse': return q
    case 'multiple': return orderMultiple(q)
    case 'matching': return orderMatching(q)
    case 'ordering': return orderOrdering(q, used)
  }
}

/** One section with its questions' options in display order; it depends on nothing outside the section. */
export function displaySection(section: QuizSection): QuizSection {
  // True/false keys cannot move (True before False), so the single-choice keys balance around all of them.
  const keys: KeyCounts = []
  for (const q of section.questions.filter(q => q.type === 'truefalse')) {
    const at = q.options.findIndex(o => o.id === q.correct)
    keys[at] = (keys[at] ?? 0) + 1
  }
  const used = new Set<string>()
  return { ...section, questions: section.questions.map(q => orderQuestion(q, keys, used)) }
}

/** Every section with its questions' options in display order. */
export function displayOrder(sections: readonly QuizSection[]): QuizSection[] {
  return sections.map(displaySection)
}
