// The article reader (/article) as a learner and a presenter reach it: from a slide, the timeline and the
// speaker notes, on a phone and a laptop, printed, offline. The deck is served under /deck/.

import { execFileSync } from 'node:child_process'
import { expect, test } from '@playwright/test'
import { deckIndex } from '../fixtures/deck'
import { axeViolations, openSlide, watchPage } from './helpers'

async function slideOf(alias: string): Promise<number> {
  const no = (await deckIndex()).slideOfAlias(alias)
  if (!no)
    throw new Error(`no slide with routeAlias ${alias}`)
  return no
}

test.describe('given the article reader at /deck/article', () => {
  test('states the numbering rule, numbers all 29 paragraphs, and opens #p23 on the Kremlin sentence, focused', async ({ page }) => {
    await page.goto('article#p23', { waitUntil: 'networkidle' })
    await expect(page.getByRole('main')).toContainText('the title is paragraph 1, the date is paragraph 2')
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Searching for a common ground in Russia-Japan relations')
    await expect(page.getByRole('heading', { level: 2 })).toHaveText([/^Paragraph 8\s*The China factor$/, /^Paragraph 15\s*Contours of rapprochement$/, /^Paragraph 22\s*Limits of the reconciliation$/])
    await expect(page.locator('.article-para')).toHaveCount(29)
    const p23 = page.locator('#p23')
    await expect(p23).toContainText('These optics would not have been lost in the Kremlin either.')
    await expect(p23).toBeFocused()
    await expect(p23).toBeInViewport()
    await expect(p23).toHaveAttribute('data-state', 'current')
  })

  for (const [width, height] of [[375, 667], [1280, 720]] as const) {
    test(`at ${width}×${height}: no sideways scroll, no axe violations, no console errors, nothing from other origins`, async ({ page, baseURL }) => {
      const watched = watchPage(page, new URL(baseURL!).origin)
      await page.setViewportSize({ width, height })
      await page.goto('article#p12', { waitUntil: 'networkidle' })
      await expect(page.locator('#p12')).toBeInViewport()
      expect(await page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth))).toBeLessThanOrEqual(width)
      expect(await axeViolations(page, 'html')).toEqual([])
      expect(watched.errors).toEqual([])
      expect(watched.foreign).toEqual([])
    })
  }

  test('prints the whole article with its paragraph numbers, not one screenful, without the navigation', async ({ page }, testInfo) => {
    await page.goto('article', { waitUntil: 'networkidle' })
    const file = testInfo.outputPath('article.pdf')
    await page.pdf({ path: file, format: 'A4' })
    const text = execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, ' ')
    expect(text).toContain('1 Searching for a common ground in Russia-Japan relations')
    expect(text).toContain('29 The article was originally published in the Russia Direct.')
    expect(text).not.toContain('Back to the slides')
  })
})

test.describe('given paragraph references in the deck', () => {
  test('a reference on a slide opens its paragraph in the reader, and Back returns to the slide', async ({ page }) => {
    const no = await slideOf('china-russia-entente')
    await openSlide(page, no)
    await page.locator(`[data-slidev-no="${no}"]`).getByRole('link', { name: 'paragraph 10', exact: true }).click()
    await expect(page).toHaveURL(/\/deck\/article#p10$/)
    await expect(page.locator('#p10')).toContainText('Moscow has been compelled to seek an entente with Beijing')
    await expect(page.locator('#p10')).toBeFocused()
    await page.getByRole('link', { name: 'Back to the slides' }).click()
    await expect(page.locator(`[data-slidev-no="${no}"]`)).toBeVisible()
  })

  test('each ¶ in the timeline links to its paragraph under the deploy base', async ({ page }) => {
    const no = await slideOf('context-timeline')
    await openSlide(page, no)
    const link = page.locator(`[data-slidev-no="${no}"]`).getByRole('link', { name: 'paragraph 12', exact: true })
    await expect(link).toHaveText('¶12')
    await expect(link).toHaveAttribute('href', '/deck/article#p12')
  })

  test('the presenter\'s notes link every paragraph reference, and the link opens the reader there in a new tab', async ({ page, context }) => {
    const no = await slideOf('limits-no-breakthrough')
    await page.goto(`presenter/${no}`, { waitUntil: 'networkidle' })
    const link = page.locator('.slidev-note').first().getByRole('link', { name: 'paragraph 23', exact: true })
    await expect(link).toHaveAttribute('href', 'article#p23')
    const [tab] = await Promise.all([context.waitForEvent('page'), link.click()])
    await tab.waitForLoadState('networkidle')
    await expect(tab).toHaveURL(/\/deck\/article#p23$/)
    await expect(tab.locator('#p23')).toContainText('These optics would not have been lost in the Kremlin either.')
    await expect(tab.locator('#p23')).toBeInViewport()
  })
})
