/**
 * Goes through a built deck with the keyboard, from slide 1 to the last, as a presenter would. For each
 * ArrowRight it measures, in the page, the time from keydown to the first frame painted after the change
 * (the URL changes with the slide or the click step; a message posted from that frame's
 * requestAnimationFrame runs just after its paint). The slide transition then runs on.
 *
 * Usage: `const figures = await walkDeck(browser, 'http://127.0.0.1:4500', 64)`
 */
import type { Browser, Page } from 'playwright-chromium'
import { VIEWPORT } from './browser'

export interface NavFigures {
  presses: number
  /** Presses that revealed a click step (quiz answers) rather than changing slide. */
  clickSteps: number
  totalSeconds: number
  perSlideMs: number
  maxGapMs: number
  medianGapMs: number
  /** False when the walk stopped before the last slide (a press changed nothing within 5 s). */
  complete: boolean
}

interface Probe {
  href: string
  gap: number | null
}

export async function walkDeck(browser: Browser, origin: string, slides: number): Promise<NavFigures> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  await context.route('**/*', route => route.request().url().startsWith(origin) ? route.continue() : route.abort())
  const page = await context.newPage()
  await page.goto(`${origin}/1`, { waitUntil: 'networkidle' })
  await installProbe(page)

  const gaps: number[] = []
  let clickSteps = 0
  let complete = true
  const started = performance.now()
  while (!(await isVisible(page, slides))) {
    const before = new URL(page.url()).pathname
    await page.keyboard.press('ArrowRight')
    const gap = await page.waitForFunction(() => (window as unknown as { __benchProbe: Probe }).__benchProbe.gap, null, { timeout: 5_000 })
      .then(h => h.jsonValue() as Promise<number>)
      .catch(() => null)
    if (gap === null || gaps.length > slides * 10) {
      complete = false
      break
    }
    gaps.push(gap)
    if (new URL(page.url()).pathname === before) clickSteps++
  }
  const totalSeconds = (performance.now() - started) / 1000
  await context.close()
  const sorted = [...gaps].sort((a, b) => a - b)
  return {
    presses: gaps.length,
    clickSteps,
    totalSeconds,
    perSlideMs: (totalSeconds * 1000) / Math.max(1, slides - 1),
    maxGapMs: sorted.at(-1) ?? Number.NaN,
    medianGapMs: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN,
    complete,
  }
}

function isVisible(page: Page, no: number) {
  return page.locator(`[data-slidev-no="${no}"]`).first().isVisible()
}

/** In the page: on each keydown, note the time and URL; at the first frame after the URL changes, record the gap. */
function installProbe(page: Page) {
  return page.evaluate(() => {
    const probe: Probe = { href: location.href, gap: null }
    ;(window as unknown as { __benchProbe: Probe }).__benchProbe = probe
    addEventListener('keydown', () => {
      const pressed = performance.now()
      probe.href = location.href
      probe.gap = null
      const frame = () => {
        if (location.href === probe.href) {
          requestAnimationFrame(frame)
          return
        }
        const channel = new MessageChannel()
        channel.port1.onmessage = () => {
          probe.gap = performance.now() - pressed
        }
        channel.port2.postMessage(null)
      }
      requestAnimationFrame(frame)
    }, { capture: true })
  })
}
