// The built deck as a presenter meets it: the notes. (The keyboard walk through every slide is the audit's phone
// walk, audit.spec.ts.)

import { expect, test } from '@playwright/test'
import { quizBank } from '../../quiz/bank'
import { deckIndex } from '../fixtures/deck'

test.describe('given the built deck served on 127.0.0.1 under /deck/', () => {
  test('the presenter view shows the speaker notes, and the generated answer key on quiz slides', async ({ page }) => {
    await page.goto('presenter/2', { waitUntil: 'networkidle' })
    await expect(page.locator('.slidev-note').first()).toContainText('Discussion prompt')
    const firstQuiz = (await deckIndex()).slideOfQuestion(quizBank[0]!.questions[0]!.id)!
    await page.goto(`presenter/${firstQuiz}`, { waitUntil: 'networkidle' })
    await expect(page.locator('.slidev-note').first()).toContainText('Answer key:')
    await expect(page.locator('.slidev-note').first()).toContainText('Source, paragraph')
  })

  test('at 1440×900, the presenter sees every quiz slide\'s key in the notes pane without scrolling, before the notes', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 })
    const index = await deckIndex()
    const hidden: string[] = []
    for (const q of quizBank.flatMap(s => s.questions)) {
      await page.goto(`presenter/${index.slideOfQuestion(q.id)}`)
      const note = page.locator('.slidev-note').first()
      await expect(note).toContainText('Answer key:')
      const seen = await note.evaluate((el) => {
        let pane: Element | null = el
        while (pane && !(pane.scrollHeight > pane.clientHeight && /auto|scroll/.test(getComputedStyle(pane).overflowY)))
          pane = pane.parentElement
        const box = (pane ?? document.documentElement).getBoundingClientRect()
        const key = Array.from(el.querySelectorAll('strong')).find(s => s.textContent?.startsWith('Answer key'))
        const line = key?.parentElement?.getBoundingClientRect()
        const first = el.querySelector('p, li')?.textContent ?? ''
        return {
          first,
          scrolled: pane?.scrollTop ?? 0,
          inside: !!line && line.top >= box.top && line.bottom <= Math.min(box.bottom, window.innerHeight) && line.height > 0,
        }
      })
      if (!seen.first.startsWith('Answer key') || seen.scrolled !== 0 || !seen.inside)
        hidden.push(`${q.id}: ${JSON.stringify(seen)}`)
    }
    expect(hidden).toEqual([])
  })
})
