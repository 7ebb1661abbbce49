// `npm run audit`: every slide of the built deck, walked with the keyboard, must pass axe, fit its canvas,
// stay within a phone's width, log no console errors and request nothing from other origins.
// The deck is light-only (`colorSchema: light`), so there is no dark-mode walk.

import { expect, test } from '@playwright/test'
import { deckSlides } from '../fixtures/deck'
import { axeViolations, currentSlide, openSlide, overflowingElements, settled, slideCount, watchPage } from './helpers'

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
        for (const v of await axeViolations(page, `[data-slidev-no="${no}"]`)) problems.push(`slide ${no}: axe ${v}`)
        for (const e of await overflowingElements(page, no)) problems.push(`slide ${no}: overflow ${e}`)
      }
      expect(problems).toEqual([])
      expect(watched.errors).toEqual([])
      expect(watched.foreign).toEqual([])
    })
  }

  // One walk for two checks: the keyboard alone reaches every slide in order (each address naming the slide
  // the progress bar shows), and on a phone's screen no slide scrolls sideways.
  test('at 375×667 (a phone), the keyboard alone walks from the first slide to the last, through every slide in order, and none scrolls sideways', async ({ page }) => {
    test.setTimeout(180_000)
    await page.setViewportSize({ width: 375, height: 667 })
    // With the fade a reader sees (playwright.config.ts asks for reduced motion elsewhere).
    await page.emulateMedia({ reducedMotion: 'no-preference' })
    const slides = await deckSlides()
    // The slide an address names: /deck/12?clicks=1, or a route alias such as /deck/hindsight.
    const slideOf = (href: string) => {
      const last = decodeURIComponent(new URL(href).pathname.split('/').at(-1)!)
      return /^\d+$/.test(last) ? Number(last) : slides.findIndex(s => s.frontmatter.routeAlias === last) + 1
    }
    const wide: string[] = []
    // The deck fades between slides, which moves nothing sideways: the slide need only be on screen.
    const measure = async (no: number) => {
      await page.locator(`[data-slidev-no="${no}"]`).waitFor({ state: 'visible' })
      const width = await page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth))
      if (width > 375)
        wide.push(`slide ${no}: ${width}px`)
    }
    await openSlide(page, 1)
    const total = await slideCount(page)
    expect(total).toBe(slides.length)
    await measure(1)
    const seen: number[] = [1]
    for (let presses = 0; presses < total * 3 && seen.at(-1) !== total; presses++) {
      const before = page.url()
      await page.keyboard.press('ArrowRight')
      // Each press moves on one click step or one slide, and Slidev writes either into the address;
      // then the progress bar must name the slide the address names.
      await page.waitForURL(url => url.href !== before)
      const no = slideOf(page.url())
      await expect.poll(() => currentSlide(page)).toBe(no)
      if (no !== seen.at(-1)) {
        seen.push(no)
        await measure(no)
      }
    }
    expect(seen).toEqual(Array.from({ length: total }, (_, i) => i + 1))
    expect(wide).toEqual([])
  })
})
