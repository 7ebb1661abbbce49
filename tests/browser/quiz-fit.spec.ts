// Every quiz question in the states a learner reaches, at 1280×720: after Check with the answer that shows
// the most feedback, and after Show solution. Nothing may stick out of the slide, and nothing inside it
// may be cut off or need scrolling; the article passages and the Review link must be on screen.
// Part of `npm run audit`.

import type { QuizQuestion, QuizResponse } from '../../quiz/engine/types'
import { expect, test } from '@playwright/test'
import { allQuestions } from '../../quiz/bank'
import { solutionOf } from '../../quiz/engine/scoring'
import { deckIndex } from '../fixtures/deck'
import { clippedElements, openSlide, overflowingElements, seedAnswer, settled } from './helpers'

test.describe.configure({ mode: 'parallel' })

/** The response whose Check shows the most: every option of a select-all, the longest-explained wrong option, or a full right answer (ordering and matching explain the items placed right). */
function wordiest(q: QuizQuestion): QuizResponse {
  switch (q.type) {
    case 'multiple': return q.options.map(o => o.id)
    case 'single':
    case 'truefalse': return q.options.reduce((a, b) => (b.explanation.length > a.explanation.length ? b : a)).id
    default: return solutionOf(q)
  }
}

for (const half of [0, 1] as const) {
  const questions = allQuestions.filter((_, i) => i % 2 === half)
  test(`quiz slides after Check and after Show solution (${half + 1} of 2): nothing overflows, clips or scrolls`, async ({ page }) => {
    test.setTimeout(300_000)
    const deck = await deckIndex()
    const problems: string[] = []
    await openSlide(page, 1)
    for (const q of questions) {
      const no = deck.slideOfQuestion(q.id)!
      await seedAnswer(page, q, wordiest(q))
      await openSlide(page, no)
      const s = page.locator(`[data-slidev-no="${no}"]`)
      for (const [state, button] of [['after Check', 'Check'], ['after Show solution', 'Show solution']] as const) {
        await s.getByRole('button', { name: button }).click()
        await settled(page, no)
        for (const e of [...await overflowingElements(page, no), ...await clippedElements(page, no)]) problems.push(`${q.id} (slide ${no}) ${state}: ${e}`)
        const sources = await s.locator('blockquote.quiz-source').count()
        if (sources !== q.sources.length)
          problems.push(`${q.id} ${state}: ${sources} of ${q.sources.length} passages shown`)
        if (!await s.getByRole('link', { name: /^Review slide/ }).isVisible())
          problems.push(`${q.id} ${state}: no Review link`)
      }
    }
    expect(problems).toEqual([])
  })
}
