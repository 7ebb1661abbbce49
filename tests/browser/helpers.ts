// Shared steps for browser tests: opening slides, seeding answers, watching requests and console, measuring overflow.

import type { Page } from '@playwright/test'
import type { QuizQuestion, QuizResponse } from '../../quiz/engine/types'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { questionHash } from '../../quiz/engine/hash'
import { STORAGE_KEY, STORAGE_VERSION } from '../../quiz/engine/storage'

/**
 * Puts a response into the learner's saved progress, as if they had chosen it and not yet checked; the
 * page must be on the deck's origin, and the slide must be opened (or reloaded) afterwards to see it.
 */
export async function seedAnswer(page: Page, q: QuizQuestion, response: QuizResponse) {
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, JSON.stringify({
    version: STORAGE_VERSION,
    answers: { [q.id]: { hash: questionHash(q), response, status: 'open', score: 0, attempts: 0 } },
  })])
}

/** Opens slide `no` and waits until it is the visible one. */
export async function openSlide(page: Page, no: number | string) {
  await page.goto(String(no), { waitUntil: 'networkidle' })
  await page.locator(`[data-slidev-no="${no}"]`).waitFor({ state: 'visible' })
}

/** The total slide count, read from the progress bar. */
export async function slideCount(page: Page): Promise<number> {
  return Number(await page.getByRole('progressbar', { name: 'Position in the deck' }).getAttribute('aria-valuemax'))
}

/** Records console errors, page errors and requests that leave the deck's origin. */
export function watchPage(page: Page, origin: string) {
  const errors: string[] = []
  const foreign: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error')
      errors.push(m.text())
  })
  page.on('pageerror', e => errors.push(e.message))
  page.on('request', (r) => {
    const url = r.url()
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      foreign.push(url)
  })
  return { errors, foreign }
}

/**
 * Elements of the visible slide that stick out of its layout's content box (the canvas less the layout's
 * padding, which keeps clear of Slidev's navigation bar), ignoring what scrolls inside a scroll box; each with
 * how far it sticks out, in screen pixels.
 */
export async function overflowingElements(page: Page, no: number): Promise<string[]> {
  return page.evaluate((n) => {
    const canvas = document.querySelector('#slide-content')!.getBoundingClientRect()
    const layout = document.querySelector<HTMLElement>(`[data-slidev-no="${n}"] .slidev-layout`)!
    const box = layout.getBoundingClientRect()
    const style = getComputedStyle(layout)
    const scale = box.width / layout.offsetWidth
    const limit = {
      // Headings sit a hair left of the padding (the theme's -0.05em), hence 5 px of slack sideways.
      left: Math.max(canvas.left, box.left + Number.parseFloat(style.paddingLeft) * scale) - 5,
      right: Math.min(canvas.right, box.right - Number.parseFloat(style.paddingRight) * scale) + 5,
      top: Math.max(canvas.top, box.top) - 1,
      bottom: Math.min(canvas.bottom, box.bottom - Number.parseFloat(style.paddingBottom) * scale) + 1,
    }
    const out: string[] = []
    for (const el of layout.querySelectorAll<HTMLElement>('*')) {
      const r = el.getBoundingClientRect()
      if (!r.width || !r.height)
        continue
      let p = el.parentElement
      let scrolled = false
      while (p && p !== layout) {
        if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(p).overflowY))
          scrolled = true
        p = p.parentElement
      }
      if (scrolled)
        continue
      const past = Math.max(limit.left - r.left, r.right - limit.right, limit.top - r.top, r.bottom - limit.bottom)
      if (past > 0)
        out.push(`${el.tagName.toLowerCase()}.${el.className}: ${Math.ceil(past)} px out "${(el.textContent ?? '').trim().slice(0, 40)}"`)
    }
    return out
  }, no)
}

/** The number of the slide on screen, from the progress bar (URLs may show a route alias instead). */
export async function currentSlide(page: Page): Promise<number> {
  return Number(await page.getByRole('progressbar', { name: 'Position in the deck' }).getAttribute('aria-valuenow'))
}

/** Waits until slide `no` is visible and every animation on the page (Slidev's fade) has finished. */
export async function settled(page: Page, no: number) {
  await page.locator(`[data-slidev-no="${no}"]`).waitFor({ state: 'visible' })
  await page.waitForFunction(() => document.getAnimations().every(a => a.playState !== 'running'))
}

/**
 * Elements of slide `no` whose content is larger than their own box (text cut off, or a box that would
 * scroll), whatever their overflow style. Screen-reader-only text is clipped on purpose and left out.
 * A few pixels of slack allow for glyphs that reach past their line box (descenders, underlines); a cut-off
 * line of text is far more than that.
 */
export async function clippedElements(page: Page, no: number): Promise<string[]> {
  return page.evaluate((n) => {
    const layout = document.querySelector<HTMLElement>(`[data-slidev-no="${n}"] .slidev-layout`)!
    const out: string[] = []
    for (const el of [layout, ...layout.querySelectorAll<HTMLElement>('*')]) {
      if (el.closest('.sr-only') || el instanceof HTMLInputElement || !el.clientHeight)
        continue
      if (el.scrollHeight > el.clientHeight + 4 || el.scrollWidth > el.clientWidth + 4)
        out.push(`${el.tagName.toLowerCase()}.${el.className}: ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight} "${(el.textContent ?? '').trim().slice(0, 40)}"`)
    }
    return out
  }, no)
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/**
 * axe-core's violations inside `selector`, one line each ("color-contrast: .quiz-hint"). axe is injected once
 * per page and run in it directly: @axe-core/playwright injects it again on every call and opens a blank page
 * to finish each run, which cost most of the audit's time; the rules and the result are the same.
 */
export async function axeViolations(page: Page, selector: string): Promise<string[]> {
  if (!await page.evaluate(() => 'axe' in window))
    await page.evaluate(AXE_SOURCE)
  return page.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: { run: (context: string, options: object) => Promise<{ violations: { id: string, nodes: { target: unknown[] }[] }[] }> } }).axe
    const result = await axe.run(sel, { resultTypes: ['violations'] })
    return result.violations.map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)
  }, selector)
}
