/**
 * The order in which a question's options (and matching targets) are shown, the same everywhere a
 * question appears: slides, `/study`, worksheet and answer-key PDFs, phones in a seminar, LMS exports.
 * Authors write options in any order (the right one first, say); the display order carries no
 * information about the answer:
 * - each question is shuffled by a generator seeded with its id and content hash (`shuffle.ts`), so the
 *   order only changes when the question does;
 * - among the first few shuffles of a question, its kind (`kinds/`) keeps the one that gives least away:
 *   the key place used least so far in its section, by letter and from the end, counting every true/false key (single choice),
 *   right answers split between the halves as fairly as the count allows (select-all), the fewest items
 *   paired with the target at the same position (matching);
 * - an ordering question never starts in the right order or its reverse, has at most one item in its
 *   right place where it can, and never starts from the same scramble as another in its section.
 * Each section is ordered on its own, so a quiz slide can load its section alone (quiz/sections.ts) and
 * show the same letters as the whole bank does.
 * True/false keeps True before False.
 *
 * Usage: `export const quizBank = displayOrder(sections)`, or `displaySection(section)` for one
 */

import type { OrderContext } from './kinds'
import type { QuizSection } from './types'
import { kindOf } from './kinds'

/** One section with its questions' options in display order; it depends on nothing outside the section. */
export function displaySection(section: QuizSection): QuizSection {
  // Keys that cannot move (True before False) are counted first, so the others balance around all of them.
  const taken: OrderContext = { keys: [], fromEnd: [], used: new Set() }
  for (const q of section.questions) {
    const at = kindOf(q).fixedKey(q)
    if (at !== undefined) {
      taken.keys[at] = (taken.keys[at] ?? 0) + 1
      const back = q.options.length - 1 - at
      taken.fromEnd[back] = (taken.fromEnd[back] ?? 0) + 1
    }
  }
  return { ...section, questions: section.questions.map(q => kindOf(q).order(q, taken)) }
}

/** Every section with its questions' options in display order. */
export function displayOrder(sections: readonly QuizSection[]): QuizSection[] {
  return sections.map(displaySection)
}
