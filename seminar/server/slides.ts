/**
 * Which slide each quiz question is on, read from the deck's source (`slides.md` and the pages it pulls in)
 * by Slidev's own parser, so the saved record numbers questions by slide as the results slide does.
 *
 * Usage: `const slideOf = await quizSlides(root)`; `slideOf.get('china-obor')` → 23
 */

import { sourceSlides } from '../../tools/deckSource'

/** Question id → the number of its quiz slide (`quiz:` in the slide's frontmatter), counted from 1. */
export async function quizSlides(root: string): Promise<Map<string, number>> {
  const found = new Map<string, number>()
  for (const s of await sourceSlides(root)) {
    const quiz = (s.frontmatter as Record<string, unknown>).quiz
    if (typeof quiz === 'string')
      found.set(quiz, s.no)
  }
  return found
}
