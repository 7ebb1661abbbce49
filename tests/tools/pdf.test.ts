import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHROMIUM_ARGS, findChromium } from '../../tools/chromium'
import { blankPages, pdfPageCount, pdfText } from '../../tools/pdf'

describe('given a three-page PDF whose second page printed blank', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rj-pdf-'))
  const file = join(dir, 'deck.pdf')

  beforeAll(async () => {
    const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
    try {
      const page = await browser.newPage()
      const slide = (footer: string) => `<section style="break-after: page"><h1>Russia and Japan</h1><footer>${footer}</footer></section>`
      await page.setContent(`${slide('1 / 3')}<section style="break-after: page"></section>${slide('3 / 3')}`)
      await page.pdf({ path: file, format: 'A4' })
    }
    finally {
      await browser.close()
    }
  }, 60_000)

  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('counts its pages and reads its text', () => {
    expect(pdfPageCount(file)).toBe(3)
    expect(pdfText(file)).toContain('Russia and Japan')
  })

  it('finds the page without its "N / total" footer, and only that one', () => {
    expect(blankPages(file)).toEqual([2])
  })
})
