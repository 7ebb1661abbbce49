// `npm run audit`: every slide of the built deck, walked with the keyboard, must pass axe, fit its canvas,
// stay within a phone's width, log no console errors and request nothing from other origins.
// The deck is light-only (`colorSchema: light`), so there is no dark-mode walk.

import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { deckSlides } from '../fixtures/deck'
import { currentSlide, openSlide, overflowingElements, settled, watchPage } from './helpers'

test.describe.configure({ mode: 'parallel' })

test.describe('given every slide of the built deck', () => {
  // Two halves, so both test workers share the walk; each half starts at its first slide and walks on.
  for (const half of [0, 1] as const) {
    test(`at 1280×720, walked with the keyboard (half ${half + 1} of 2): no axe violations, no overflow, no console errors, no foreign requests`, async ({ page, baseURL }) => {
      test.setTimeout(300_000)
      const watched = watchPage(page, new URL(baseURL!).origin)
      const total = (await deckSlides()).length
      const [from, to] = half === 0 ? [1, Math.ceil(total / 2)] : [Math.ceil(total / 2) + 1, total]
      const problems: string[] = []
      await openSlide(page, from)
      for (let no = from; no <= to; no++) {
        while (await currentSlide(page) < no) await page.keyboard.press('ArrowRight')
        await settled(page, no)
        const axe = await new AxeBuilder({ page }).include(`[data-slidev-no="${no}"]`).analyze()
        for (const v of axe.violations) problems.push(`slide ${no}: axe ${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)
        for (const e of await overflowingElements(page, no)) problems.push(`slide ${no}: overflow ${e}`)
      }
      expect(problems).toEqual([])
      expect(watched.errors).toEqual([])
      expect(watched.foreign).toEqual([])
    })
  }

  test('at 375×667 (a phone), no slide scrolls sideways', async ({ page }) => {
    test.setTimeout(300_000)
    await page.setViewportSize({ width: 375, height: 667 })
    const total = (await deckSlides()).length
    const wide: string[] = []
    for (let no = 1; no <= total; no++) {
      await openSlide(page, no)
      const width = await page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth))
      if (width > 375)
        wide.push(`slide ${no}: ${width}px`)
    }
    expect(wide).toEqual([])
  })
})
