// `npm run export` as a teacher uses it: a deck PDF with worksheets and no answers, an answer key and the
// handout. Its LMS files are checked where they are used: the SCORM package by scorm.spec.ts (built once, as
// the export builds it), the Moodle XML by tests/quiz/bank/moodle.test.ts.

import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { normaliseTypography } from '../../content/article'
import { allQuestions } from '../../quiz/bank'
import { describeSolution } from '../../quiz/engine/scoring'
import { PDF_FILES, pdfImages, pdfPageCount, pdfText } from '../../tools/pdf'
import { deckSlides, ROOT } from '../fixtures/deck'

const questions = allQuestions
/** pdftotext drops a hyphen that ends a line ("Russian-|Chinese" → "RussianChinese"), so PDF text and expected text are compared without hyphens. */
const words = (s: string) => normaliseTypography(s).replace(/-/g, '')
const pdfWords = (file: string) => words(pdfText(file))

test.describe.configure({ mode: 'serial' })

test.describe('given npm run export', () => {
  const out = mkdtempSync(join(tmpdir(), 'rj-export-'))
  const deckPdf = join(out, PDF_FILES.deck)
  const keyPdf = join(out, PDF_FILES.answerKey)
  const handoutPdf = join(out, PDF_FILES.handout)

  test.beforeAll(() => {
    execFileSync('npx', ['tsx', 'scripts/export.ts', out, '--only', 'pdf'], { cwd: ROOT, stdio: 'inherit', timeout: 14 * 60_000 })
  })

  test('the deck PDF has one page per slide, extractable text, every section title and the source line', async () => {
    const slides = await deckSlides()
    expect(pdfPageCount(deckPdf)).toBe(slides.length)
    const text = pdfWords(deckPdf)
    const sections = slides.map(s => s.frontmatter.section).filter((x): x is string => typeof x === 'string')
    expect(sections.length).toBeGreaterThanOrEqual(9)
    for (const title of sections) expect(text, title).toContain(words(title))
    expect(text).toContain(words('Originally published in Russia Direct, 23 July 2016'))
  })

  test('the deck PDF holds every quiz question as a worksheet, with no answers', () => {
    const text = pdfWords(deckPdf)
    for (const q of questions) {
      expect(text, q.id).toContain(words(q.prompt))
      for (const o of q.options) expect(text, `${q.id}: ${o.id}`).toContain(words(o.text))
      for (const o of q.options) expect(text, `${q.id}: explanation of ${o.id}`).not.toContain(words(o.explanation))
    }
    expect(text).not.toContain('Answer key')
    expect(text).not.toContain('The answer')
    expect(text).not.toMatch(/Check\s+Show solution/)
    expect(text).not.toContain('Reset all answers')
  })

  test('the answer key PDF holds every question with its answer and the article passage', () => {
    const text = pdfWords(keyPdf)
    for (const q of questions) {
      expect(text, q.id).toContain(words(q.prompt))
      expect(text, q.id).toContain(words(describeSolution(q)))
      for (const s of q.sources) expect(text, q.id).toContain(words(s.quote))
    }
  })

  test('the handout PDF shows every slide as an image with its speaker notes', async () => {
    const slides = await deckSlides()
    // Slide pictures only: `pdfimages -list` also lists masks and small glyph images.
    const images = pdfImages(handoutPdf).filter(i => i.type === 'image' && i.width >= 400)
    expect(images.length).toBe(slides.length)
    // Up to three slides to an A4 page, depending on how long the notes run; a quiz slide, whose notes carry
    // the answer key, may take a page alone. On average no more than two pages for three slides.
    expect(pdfPageCount(handoutPdf)).toBeGreaterThanOrEqual(Math.ceil(slides.length / 3))
    expect(pdfPageCount(handoutPdf)).toBeLessThanOrEqual(Math.ceil(slides.length * 2 / 3))
    const text = pdfWords(handoutPdf)
    const { load } = await import('@slidev/parser/fs')
    const data = await load({ roots: [ROOT], userRoot: ROOT }, join(ROOT, 'slides.md'))
    for (const [i, slide] of data.slides.entries()) {
      const firstSentence = words(slide.note ?? '').split(/(?<=[.?!])\s/)[0]!
      expect(text, `slide ${i + 1}`).toContain(firstSentence)
    }
    for (const q of questions) expect(text, q.id).toContain(words(`Answer key: ${describeSolution(q)}`))
  })
})
