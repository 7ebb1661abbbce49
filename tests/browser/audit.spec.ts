// `npm run audit`: every slide of the built deck, walked with the keyboard, must pass axe, fit its canvas,
// stay within a phone's width, log no console errors and request nothing from other origins.
// The deck is light-only (`colorSchema: light`), so there is no dark-mode walk.
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { deckSlides } from '../fixtures/deck'
import { currentSlide, openSlide, overflowingElements, watchPage } from './helpers'

test.describe('given every slide of the built deck', () => {
  test('at 1280×720, walked with the keyboard: no axe violations, no overflow, no console errors, no foreign requests', async ({ page, baseURL }) => {
    test.setTimeout(300_000)
    const watched = watchPage(page, new URL(baseURL!).origin)
    const total = (await deckSlides()).length
    const problems: string[] = []
    await openSlide(page, 1)
    for (let no = 1; no <= total; no++) {
      while (await currentSlide(page) < no) await page.keyboard.press('ArrowRight')
      await page.locator(`[data-slidev-no="${no}"]`).waitFor({ state: 'visible' })
      await page.waitForTimeout(120)
      const axe = await new AxeBuilder({ page }).include(`[data-slidev-no="${no}"]`).analyze()
      for (const v of axe.violations) problems.push(`slide ${no}: axe ${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)
      for (const e of await overflowingElements(page, no)) problems.push(`slide ${no}: overflow ${e}`)
    }
    expect(problems).toEqual([])
    expect(watched.errors).toEqual([])
    expect(watched.foreign).toEqual([])
  })

  test('at 375×667 (a phone), no slide scrolls sideways', async ({ page }) => {
    test.setTimeout(300_000)
    await page.setViewportSize({ width: 375, height: 667 })
    const total = (await deckSlides()).length
    const wide: string[] = []
    for (let no = 1; no <= total; no++) {
      await openSlide(page, no)
      const width = await page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth))
      if (width > 375) wide.push(`slide ${no}: ${width}px`)
    }
    expect(wide).toEqual([])
  })
})
