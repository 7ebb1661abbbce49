// The built deck as an audience member and a presenter meet it: every slide, the keyboard, the notes.
import { expect, test } from '@playwright/test'
import { quizBank } from '../../quiz'
import { deckIndex, deckSlides } from '../fixtures/deck'
import { currentSlide, openSlide, slideCount } from './helpers'

test.describe('given the built deck served on 127.0.0.1 under /deck/', () => {
  test('the keyboard alone walks from the first slide to the last, through every slide in order', async ({ page }) => {
    test.setTimeout(180_000)
    await openSlide(page, 1)
    const total = await slideCount(page)
    const seen: number[] = [1]
    for (let presses = 0; presses < total * 3 && seen.at(-1) !== total; presses++) {
      await page.keyboard.press('ArrowRight')
      await page.waitForTimeout(60)
      const no = await currentSlide(page)
      if (no !== seen.at(-1)) seen.push(no)
    }
    expect(seen).toEqual(Array.from({ length: total }, (_, i) => i + 1))
  })

  test('the presenter view shows the speaker notes, and the generated answer key on quiz slides', async ({ page }) => {
    await page.goto('presenter/2', { waitUntil: 'networkidle' })
    await expect(page.locator('.slidev-note').first()).toContainText('Discussion prompt')
    const firstQuiz = (await deckIndex()).slideOfQuestion(quizBank[0]!.questions[0]!.id)!
    await page.goto(`presenter/${firstQuiz}`, { waitUntil: 'networkidle' })
    await expect(page.locator('.slidev-note').first()).toContainText('Answer key:')
    await expect(page.locator('.slidev-note').first()).toContainText('Source:')
  })
})

