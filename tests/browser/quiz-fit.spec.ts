// Every quiz question in the states a learner reaches, at 1280×720: after Check with the answer that shows
// the most feedback, and after Show solution. And every votable question as a seminar's projector shows it:
// open (blind: the number of voters alone), and at the reveal with voting closed and both of peer instruction's
// rounds side by side (half the room changed its answer in round 2). Nothing may stick out of the
// slide, and nothing inside it may be cut off or need scrolling; the article passages and the Review link
// (the key and the tally, in a seminar) must be on screen. Part of `npm run audit`.

import type { QuizQuestion, QuizResponse } from '../../quiz/engine/types'
import { expect, test } from '@playwright/test'
import { allQuestions } from '../../quiz/bank'
import { choosesMany, isVotable, keyOptionIds, solutionOf } from '../../quiz/engine/scoring'
import { deckIndex } from '../fixtures/deck'
import { clippedElements, openSlide, overflowingElements, seedAnswer, settled } from './helpers'
import { castVote, closeQuestion, joinPhones, openQuestion, presenterSide, roomSeminar, stepQuestion } from './room'

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

/** A room of this many phones votes on every votable question, with votes on every option, so every bar and count shows. */
const ROOM_SIZE = 24

/** Phone `i`'s ballot: one option for single choice and true/false, two neighbouring options for select-all. */
function ballot(q: QuizQuestion, i: number): string[] {
  const ids = q.options.map(o => o.id)
  return choosesMany(q) ? [ids[i % ids.length]!, ids[(i + 1) % ids.length]!] : [ids[i % ids.length]!]
}

for (const half of [0, 1] as const) {
  const questions = allQuestions.filter((_, i) => i % 2 === half)
  test(`quiz slides on the seminar's projector, open with the room voting and revealed with its votes (${half + 1} of 2): nothing overflows, clips or scrolls`, async ({ page }) => {
    test.setTimeout(300_000)
    const deck = await deckIndex()
    // Ports SEMINAR_PORT + 22 to + 25: clear of seminar.spec.ts's seminars, which may run at the same time.
    // Every question opens (--questions all): the fit is checked over the whole bank, not only today's plan.
    const s = await roomSeminar(11 + half, { SEMINAR_VOTERS_PER_ADDRESS: String(ROOM_SIZE) }, undefined, ['--questions', 'all'])
    try {
      const phones = await joinPhones(s, ROOM_SIZE)
      const problems: string[] = []
      for (const q of questions) {
        const no = deck.slideOfQuestion(q.id)!
        const votable = isVotable(q)
        if (votable) {
          await openQuestion(s, q.id)
          const counted = await Promise.all(phones.map((phone, i) => castVote(s, phone, q.id, ballot(q, i))))
          expect(counted, q.id).not.toContain(false)
        }
        const slide = page.locator(`[data-slidev-no="${no}"]`)
        const tally = slide.locator('.seminar-tally')
        for (const state of ['open', 'revealed'] as const) {
          if (votable && state === 'revealed') {
            await stepQuestion(s, q.id, 'round2')
            const changed = await Promise.all(phones.map((phone, i) => i % 2 ? castVote(s, phone, q.id, ballot(q, i + 1), { round: 2, confidence: 'sure' }) : true))
            expect(changed, q.id).not.toContain(false)
            await closeQuestion(s, q.id)
          }
          // The projector's window: the deck as the seminar serves it, on this slide at this step (the reveal: the
          // last of peer instruction's three steps on a votable slide, the one step elsewhere).
          await page.goto(presenterSide(s, state === 'open' ? String(no) : `${no}?clicks=${votable ? 3 : 1}`).href)
          if (votable)
            await expect(tally).toContainText(`Live votes: ${ROOM_SIZE} voters${state === 'open' ? '' : ' · voting closed'}`)
          else await expect(slide.locator('.seminar-discuss')).toHaveText('Discuss: not on phones')
          await settled(page, no)
          for (const e of [...await overflowingElements(page, no), ...await clippedElements(page, no)]) problems.push(`${q.id} (slide ${no}) ${state}: ${e}`)
          if (state === 'open')
            continue
          const sources = await slide.locator('blockquote.quiz-source').count()
          if (sources !== q.sources.length)
            problems.push(`${q.id} ${state}: ${sources} of ${q.sources.length} passages shown`)
          if (votable && await tally.locator('.seminar-count-before').count() !== q.options.length)
            problems.push(`${q.id} ${state}: round 1 not beside round 2`)
          for (const marked of votable ? [slide.locator('label[data-mark="key"]'), tally.locator('li[data-mark="key"]')] : []) {
            if (await marked.count() !== keyOptionIds(q).length)
              problems.push(`${q.id} ${state}: ${await marked.count()} of ${keyOptionIds(q).length} key options marked`)
          }
        }
      }
      expect(problems).toEqual([])
    }
    finally {
      await s.stop()
    }
  })
}
