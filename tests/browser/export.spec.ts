// `npm run export` as a teacher uses it: a deck PDF with worksheets and no answers, a students' handout to give
// out before class, a teachers' handout with the notes and a dense answer key. Its LMS files are checked where they are used: the SCORM package by scorm.spec.ts (built once, as
// the export builds it), the Moodle XML by tests/quiz/bank/moodle.test.ts.

import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { allQuestions, quizBank } from '../../quiz/bank'
import { describeSolution } from '../../quiz/engine/scoring'
import { pageFill, PDF_FILES, pdfImages, pdfPageCount, pdfText } from '../../tools/pdf'
import { inStudentHandout, printSlides } from '../../tools/print/deck'
import { deckSlides, ROOT } from '../fixtures/deck'
import { forbiddenInStudentHandout, words } from '../fixtures/handout'

const questions = allQuestions
const pdfWords = (file: string) => words(pdfText(file))
/** Slide pictures only: `pdfimages -list` also lists masks and small glyph images. */
const slidePictures = (file: string) => pdfImages(file).filter(i => i.type === 'image' && i.width >= 400)
/** The answer key as it was printed before (a Slidev page per two questions of a section, after a title page). */
const twoToAPage = 1 + quizBank.reduce((n, s) => n + Math.ceil(s.questions.length / 2), 0)

test.describe.configure({ mode: 'serial' })

test.describe('given npm run export', () => {
  const out = mkdtempSync(join(tmpdir(), 'rj-export-'))
  const deckPdf = join(out, PDF_FILES.deck)
  const keyPdf = join(out, PDF_FILES.answerKey)
  const teacherPdf = join(out, PDF_FILES.teacherHandout)
  const studentPdf = join(out, PDF_FILES.studentHandout)

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
      expect(text, q.id).toContain(words(`Answer: ${describeSolution(q)}`))
      for (const s of q.sources) expect(text, q.id).toContain(words(s.quote))
    }
  })

  test('the answer key PDF packs its questions: at most half the pages of two to a page, none half empty', () => {
    expect(pdfPageCount(keyPdf)).toBeLessThanOrEqual(Math.ceil(twoToAPage / 2))
    // Every page but the last is filled to at least 70 % of its height: a question never splits, so what is left
    // at a page's foot is less than the next question.
    const fill = pageFill(keyPdf)
    for (const [i, f] of fill.slice(0, -1).entries()) expect(f, `page ${i + 1}`).toBeGreaterThanOrEqual(0.7)
  })

  test('the students\' handout shows every slide meant for students, its title, and every question as a worksheet', async () => {
    const slides = await printSlides()
    const shown = slides.filter(s => inStudentHandout(s) && !s.quiz)
    expect(slidePictures(studentPdf).length).toBe(shown.length)
    const text = pdfWords(studentPdf)
    for (const s of shown) expect(text, `slide ${s.no}`).toContain(words(`${s.no}. ${s.title}`))
    for (const q of questions) {
      expect(text, q.id).toContain(words(q.prompt))
      for (const o of q.options) expect(text, `${q.id}: ${o.id}`).toContain(words(o.text))
    }
  })

  test('the students\' handout holds no key, no explanation, no speaker note and no presenter\'s instruction', async () => {
    const forbidden = forbiddenInStudentHandout(await printSlides())
    const text = pdfWords(studentPdf)
    expect(forbidden.filter(f => text.includes(f))).toEqual([])
    // The teachers' handout holds them, so the same list would catch them.
    const teacher = pdfWords(teacherPdf)
    expect(forbidden.filter(f => teacher.includes(f)).length).toBeGreaterThan(questions.length)
  })

  test('the teachers\' handout shows every slide as an image with its speaker notes and the answer key', async () => {
    const slides = await deckSlides()
    expect(slidePictures(teacherPdf).length).toBe(slides.length)
    // Up to three slides to an A4 page, depending on how long the notes run; a quiz slide, whose notes carry
    // the answer key, may take a page alone. On average no more than two pages for three slides.
    expect(pdfPageCount(teacherPdf)).toBeGreaterThanOrEqual(Math.ceil(slides.length / 3))
    expect(pdfPageCount(teacherPdf)).toBeLessThanOrEqual(Math.ceil(slides.length * 2 / 3))
    const text = pdfWords(teacherPdf)
    for (const slide of await printSlides()) {
      const firstSentence = words((slide.note ?? '').split(/(?<=[.?!])\s/)[0]!)
      expect(text, `slide ${slide.no}`).toContain(firstSentence)
    }
    for (const q of questions) expect(text, q.id).toContain(words(`Answer key: ${describeSolution(q)}`))
  })
})
