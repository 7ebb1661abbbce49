/**
 * Goes through a built deck with the keyboard, from slide 1 to the last, as a presenter would. For each
 * ArrowRight it measures, in the page, the time from keydown to the first frame painted after the change
 * (the URL changes with the slide or the click step; a message posted from that frame's
 * requestAnimationFrame runs just after its paint). The slide transition then runs on. The walk starts
 * once Slidev has preloaded every slide, and presses the next key as soon as the last change is painted.
 *
 * Usage: `const figures = await walkDeck(browser, 'http://127.0.0.1:4500', 64)`
 */

import type { Browser, Page } from 'playwright'
import { VIEWPORT } from './browser'

export interface NavFigures {
  presses: number
  /** Presses that revealed a click step (quiz answers) rather than changing slide. */
  clickSteps: number
  totalSeconds: number
  perSlideMs: number
  maxGapMs: number
  medianGapMs: number
  /** Where the longest gap ended (the URL path after that press). */
  slowestAt: string
  /** False when the walk stopped before the last slide (a press changed nothing within 5 s). */
  complete: boolean
}

export async function walkDeck(browser: Browser, origin: string, slides: number): Promise<NavFigures> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  await context.route('**/*', route => route.request().url().startsWith(origin) ? route.continue() : route.abort())
  const page = await context.newPage()
  await page.goto(`${origin}/1`, { waitUntil: 'networkidle' })
  // As a presenter would: open the deck, let Slidev preload every slide (3 s after mounting), then go.
  await page.waitForTimeout(4_000)
  await page.waitForLoadState('networkidle')
  await installProbe(page)

  const gaps: number[] = []
  let slowestAt = ''
  let clickSteps = 0
  let complete = true
  const started = performance.now()
  while (!(await isVisible(page, slides))) {
    const before = new URL(page.url()).pathname
    await page.keyboard.press('ArrowRight')
    const gap = await page.waitForFunction('window.__benchProbe.gap', null, { timeout: 5_000 })
      .then(h => h.jsonValue() as Promise<number>)
      .catch(() => null)
    if (gap === null || gaps.length > slides * 10) {
      complete = false
      break
    }
    const after = new URL(page.url())
    if (gap > Math.max(0, ...gaps))
      slowestAt = after.pathname + after.search
    gaps.push(gap)
    if (after.pathname === before)
      clickSteps++
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
    slowestAt,
    complete,
  }
}

function isVisible(page: Page, no: number) {
  return page.locator(`[data-slidev-no="${no}"]`).first().isVisible()
}

/**
 * In the page: on each keydown, note the time and URL; at the first frame after the URL changes, record
 * the gap. Plain JavaScript in a string, because tsx would add its `__name` helper to a function here,
 * and the page has no such helper.
 */
const PROBE = `(() => {
  const probe = window.__benchProbe = { href: location.href, gap: null }
  addEventListener('keydown', () => {
    const pressed = performance.now()
    probe.href = location.href
    probe.gap = null
    const frame = () => {
      if (location.href === probe.href) return requestAnimationFrame(frame)
      const channel = new MessageChannel()
      channel.port1.onmessage = () => { probe.gap = performance.now() - pressed }
      channel.port2.postMessage(null)
    }
    requestAnimationFrame(frame)
  }, { capture: true })
})()`

function installProbe(page: Page) {
  return page.evaluate(PROBE)
}
