// What a learner's browser fetches on a first visit: slide 1 carries none of the quiz bank and no YAML
// parser, a quiz slide fetches only its own section's questions, the results slide fetches them all.
// Slidev mounts every slide 3 s after opening (and so loads every section); the page's clock is paused
// from the start so that this test sees the first load alone, however slow the machine.

import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { quizBank } from '../../quiz'
import { SECTION_IDS } from '../../quiz/sections'
import { deckIndex } from '../fixtures/deck'

/** Opens slide `no` in a fresh page with timers frozen; returns the scripts it fetched, with their bodies. */
async function firstLoad(page: Page, no: number | string, ready: string) {
  const scripts = new Map<string, Promise<string>>()
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script')
      scripts.set(new URL(r.url()).pathname, r.text())
  })
  await page.clock.install()
  await page.clock.pauseAt(new Date('2030-01-01T00:00:00Z'))
  await page.goto(String(no))
  await page.locator(ready).first().waitFor({ state: 'visible' })
  await page.waitForLoadState('networkidle')
  const bodies = await Promise.all(Array.from(scripts, async ([path, body]) => [path, await body] as const))
  const sections = SECTION_IDS.filter(id => bodies.some(([path]) => new RegExp(`/assets/${id}-[\\w-]+\\.js$`).test(path)))
  return { paths: bodies.map(([path]) => path), sections, bodies }
}

test.describe('given a learner opening the deck for the first time', () => {
  test('slide 1 fetches no quiz section and no YAML parser', async ({ page }) => {
    const { paths, sections, bodies } = await firstLoad(page, 1, '[data-slidev-no="1"] h1')
    expect(paths.length).toBeGreaterThan(3)
    expect(sections).toEqual([])
    expect(bodies.filter(([, body]) => body.includes('tag:yaml.org')).map(([path]) => path)).toEqual([])
  })

  for (const section of quizBank.filter((_, i) => i === 1 || i === quizBank.length - 1)) {
    test(`the first ${section.id} quiz slide fetches the ${section.id} questions and no other section's`, async ({ page }) => {
      const no = (await deckIndex()).slideOfQuestion(section.questions[0]!.id)!
      const { sections } = await firstLoad(page, no, `[data-slidev-no="${no}"] .quiz-prompt`)
      expect(sections).toEqual([section.id])
      await expect(page.locator(`[data-slidev-no="${no}"] .quiz-prompt`)).toHaveText(section.questions[0]!.prompt)
    })
  }

  test('the results slide fetches every section, and counts every question', async ({ page }) => {
    const no = (await deckIndex()).slideOfAlias('results')!
    const { sections } = await firstLoad(page, no, `[data-slidev-no="${no}"] .quiz-results`)
    expect(sections).toEqual(SECTION_IDS)
    const total = quizBank.reduce((n, s) => n + s.questions.length, 0)
    await expect(page.locator(`[data-slidev-no="${no}"] .quiz-results`)).toContainText(`of ${total}`)
  })
})
