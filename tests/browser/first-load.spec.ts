// What a learner's browser fetches on a first visit: slide 1 carries none of the quiz bank, a quiz slide
// fetches only its own section's questions, and the results slide fetches them all. (What slide 1 owes to
// patches of Slidev, no YAML parser and no speaker notes, is in slidev.spec.ts.)
// Slidev mounts every slide 3 s after opening (and so loads every section); the page's clock is paused
// from the start so that this test sees the first load alone, however slow the machine.

import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { LOAD_ATTEMPTS, LOAD_ERROR } from '../../app/asyncQuizComponent'
import { quizBank } from '../../quiz/bank'
import { SECTION_IDS } from '../../quiz/sections'
import { deckIndex } from '../fixtures/deck'

// A first visit registers the service worker too, as a learner's does (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' })

/** Opens slide `no` in a fresh page with timers frozen; returns the scripts it fetched, with their bodies. */
async function firstLoad(page: Page, no: number | string, ready: string) {
  const scripts = new Map<string, Promise<string>>()
  const requested: string[] = []
  page.on('response', (r) => {
    requested.push(new URL(r.url()).pathname)
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
  return { paths: bodies.map(([path]) => path), sections, bodies, requested }
}

test.describe('given a learner opening the deck for the first time', () => {
  test('slide 1 fetches no quiz section and no question', async ({ page }) => {
    const { paths, sections, bodies } = await firstLoad(page, 1, '[data-slidev-no="1"] h1')
    expect(paths.length).toBeGreaterThan(3)
    expect(sections).toEqual([])
    // Nor any question, wherever the bundler might put one: no script holds a prompt of any section (its
    // longest plain-ASCII run, which reads the same however the bundler escapes curly quotes).
    for (const section of quizBank) {
      const probe = section.questions[0]!.prompt.split(/[^\x20-\x7E]/).sort((a, b) => b.length - a.length)[0]!
      expect(probe.length, section.id).toBeGreaterThan(15)
      expect(bodies.filter(([, body]) => body.includes(probe)).map(([path]) => path), probe).toEqual([])
    }
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

  test('a quiz slide whose questions cannot be fetched tries again, then says so instead of staying blank', async ({ page }) => {
    const section = quizBank[1]!
    const no = (await deckIndex()).slideOfQuestion(section.questions[0]!.id)!
    let tries = 0
    await page.route(new RegExp(`/assets/${section.id}-[\\w-]+\\.js$`), (route) => {
      tries++
      return route.abort()
    })
    await page.goto(String(no))
    await expect(page.locator(`[data-slidev-no="${no}"] [role="alert"]`)).toHaveText(LOAD_ERROR, { timeout: 15_000 })
    // The slide tried LOAD_ATTEMPTS times, each a fresh fetch (a failed one is not kept). Every other quiz slide
    // of the section that Slidev mounts (the next one at once, all of them after 3 s) tries as many times.
    expect(tries).toBeGreaterThanOrEqual(LOAD_ATTEMPTS)
    expect(tries).toBeLessThanOrEqual(LOAD_ATTEMPTS * section.questions.length)
  })
})
