// Shared steps for browser tests: opening slides, watching requests and console, measuring overflow.
import type { Page } from '@playwright/test'

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
  page.on('console', m => { if (m.type() === 'error') errors.push(m.text()) })
  page.on('pageerror', e => errors.push(e.message))
  page.on('request', r => {
    const url = r.url()
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url)
  })
  return { errors, foreign }
}

/** Elements of the visible slide that stick out of the slide canvas (ignoring content of scroll boxes). */
export async function overflowingElements(page: Page, no: number): Promise<string[]> {
  return page.evaluate((n) => {
    const canvas = document.querySelector('#slide-content')!.getBoundingClientRect()
    const layout = document.querySelector(`[data-slidev-no="${n}"] .slidev-layout`)!
    const out: string[] = []
    for (const el of layout.querySelectorAll<HTMLElement>('*')) {
      const r = el.getBoundingClientRect()
      if (!r.width || !r.height) continue
      let p = el.parentElement
      let scrolled = false
      while (p && p !== layout) {
        if (/(auto|scroll|hidden)/.test(getComputedStyle(p).overflowY)) scrolled = true
        p = p.parentElement
      }
      if (scrolled) continue
      if (r.left < canvas.left - 1 || r.right > canvas.right + 1 || r.top < canvas.top - 1 || r.bottom > canvas.bottom + 1)
        out.push(`${el.tagName.toLowerCase()}.${el.className}: "${(el.textContent ?? '').trim().slice(0, 40)}"`)
    }
    return out
  }, no)
}
