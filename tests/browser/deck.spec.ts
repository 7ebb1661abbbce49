// The built deck as an audience member and a presenter meet it: every slide, the keyboard, the notes.

import { expect, test } from '@playwright/test'
import { quizBank } from '../../quiz/bank'
import { deckIndex, deckSlides } from '../fixtures/deck'
import { currentSlide, openSlide, slideCount } from './helpers'

test.describe('given the built deck served on 127.0.0.1 under /deck/', () => {
  test('the keyboard alone walks from the first slide to the last, through every slide in order', async ({ page }) => {
    test.setTimeout(180_000)
    const slides = await deckSlides()
    // The slide an address names: /deck/12?clicks=1, or a route alias such as /deck/hindsight.
    const slideOf = (href: string) => {
      const last = decodeURIComponent(new URL(href).pathname.split('/').at(-1)!)
      return /^\d+$/.test(last) ? Number(last) : slides.findIndex(s => s.frontmatter.routeAlias === last) + 1
    }
    await openSlide(page, 1)
    const total = await slideCount(page)
    expect(total).toBe(slides.length)
    const seen: number[] = [1]
    for (let presses = 0; presses < total * 3 && seen.at(-1) !== total; presses++) {
      const before = page.url()
      await page.keyboard.press('ArrowRight')
      // Each press moves on one click step or one slide, and Slidev writes either into the address;
      // then the progress bar must name the slide the address names.
      await page.waitForURL(url => url.href !== before)
      const no = slideOf(page.url())
      await expect.poll(() => currentSlide(page)).toBe(no)
      if (no !== seen.at(-1))
        seen.push(no)
    }
    expect(seen).toEqual(Array.from({ length: total }, (_, i) => i + 1))
  })

  test('the presenter view shows the speaker notes, and the generated answer key on quiz slides', async ({ page }) => {
    await page.goto('presenter/2', { waitUntil: 'networkidle' })
    await expect(page.locator('.slidev-note').first()).toContainText('Discussion prompt')
    const firstQuiz = (await deckIndex()).slideOfQuestion(quizBank[0]!.questions[0]!.id)!
    await page.goto(`presenter/${firstQuiz}`, { waitUntil: 'networkidle' })
    await expect(page.locator('.slidev-note').first()).toContainText('Answer key:')
    await expect(page.locator('.slidev-note').first()).toContainText('Source, paragraph')
  })
})
