// The printouts' HTML, from the real deck and bank: the students' handout holds every slide meant for students
// and every question as a worksheet, and nothing of the key or the notes; the answer key holds every question
// with its key. (tests/browser/export.spec.ts checks the PDFs the export prints from them.)

import type { PrintSlide } from '../../../tools/print/deck'
import { beforeAll, describe, expect, it } from 'vitest'
import { allQuestions, quizBank } from '../../../quiz/bank'
import { kinds } from '../../../quiz/engine/kinds'
import { describeSolution, keyOptions } from '../../../quiz/engine/scoring'
import { budgetLine, runningOrder } from '../../../seminar/plan'
import { answerKeyHtml } from '../../../tools/print/answerKeyDocument'
import { inStudentHandout, printSlides } from '../../../tools/print/deck'
import { plainText } from '../../../tools/print/keyPoints'
import { studentHandoutHtml } from '../../../tools/print/studentHandout'
import { teacherHandoutHtml } from '../../../tools/print/teacherHandout'
import { forbiddenInStudentHandout, notesMarkers, words } from '../../fixtures/handout'

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' }
/** The words a reader of the printed page sees: tags out, entities decoded. */
const textOf = (html: string) => words(html.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]*>/g, ' ').replace(/&\w+;/g, e => ENTITIES[e] ?? e))

let slides: PrintSlide[]
let images: string[]
beforeAll(async () => {
  slides = await printSlides()
  images = slides.map(s => `/tmp/slide-${s.no}.png`)
})

describe('given the students\' handout', () => {
  it('shows every slide meant for students, as a picture with its title, and leaves the others out', () => {
    const html = studentHandoutHtml(slides, images)
    const text = textOf(html)
    const shown = slides.filter(s => inStudentHandout(s) && !s.quiz)
    expect(shown.length).toBeGreaterThan(25)
    for (const s of shown) {
      expect(html, `slide ${s.no}`).toContain(`/tmp/slide-${s.no}.png`)
      expect(text, `slide ${s.no}`).toContain(words(`${s.no}. ${s.title}`))
    }
    const left = slides.filter(s => !inStudentHandout(s))
    expect(left.map(s => s.title)).toEqual(expect.arrayContaining(['Join the live quiz', 'Your results']))
    for (const s of left) expect(html, `slide ${s.no}`).not.toContain(`/tmp/slide-${s.no}.png`)
  })

  it('holds every question as a worksheet: its prompt, its instruction and every option', () => {
    const text = textOf(studentHandoutHtml(slides, images))
    for (const q of allQuestions) {
      expect(text, q.id).toContain(words(q.prompt))
      expect(text, q.id).toContain(words(kinds[q.type].worksheet.hint))
      for (const o of q.options) expect(text, `${q.id}: ${o.id}`).toContain(words(o.text))
    }
  })

  it('holds no key, no explanation, no presenter\'s note and no marker of the notes', () => {
    const forbidden = forbiddenInStudentHandout(slides)
    // The list is derived, so check that it caught what it must: the keys, the explanations, the notes' labels.
    expect(notesMarkers(slides)).toEqual(expect.arrayContaining(['Discussion prompt:', 'Answer key:']))
    expect(forbidden.length).toBeGreaterThan(allQuestions.length * 3)
    const text = textOf(studentHandoutHtml(slides, images))
    for (const f of forbidden) expect(text).not.toContain(f)
  })

  it('is what the teachers\' handout is not: the same check finds the key and the notes there', () => {
    const text = textOf(teacherHandoutHtml(slides, images))
    const found = forbiddenInStudentHandout(slides).filter(f => text.includes(f))
    expect(found).toEqual(expect.arrayContaining([words('Discussion prompt:'), ...allQuestions.slice(0, 3).map(q => words(describeSolution(q)))]))
  })

  it('prints the notes as the presenter reads them: each section\'s first slide with the seminar\'s budget on top', () => {
    const text = textOf(teacherHandoutHtml(slides, images))
    const order = runningOrder()
    expect(order.length).toBeGreaterThan(3)
    for (const step of order) {
      const slide = slides.find(s => s.frontmatter.routeAlias === step.start)
      expect(slide, step.start).toBeDefined()
      expect(text, step.start).toContain(words(`${slide!.no}. ${slide!.title} ${plainText(budgetLine(step))}`))
    }
  })
})

describe('given the answer key', () => {
  it('holds every question once, in bank order, with its key, the key options\' reasons, its passages and its slide', () => {
    const slideOf = new Map(slides.filter(s => s.quiz).map(s => [s.quiz!, s.no]))
    const html = answerKeyHtml(quizBank, id => slideOf.get(id))
    const text = textOf(html)
    let at = 0
    for (const q of allQuestions) {
      const found = text.indexOf(words(q.prompt), at)
      expect(found, `${q.id} in order`).toBeGreaterThan(at - 1)
      at = found
      expect(text, q.id).toContain(words(`${q.prompt} (slide ${slideOf.get(q.id)})`))
      expect(text, q.id).toContain(words(`Answer: ${describeSolution(q)}`))
      for (const o of keyOptions(q)) expect(text, `${q.id}: ${o.id}`).toContain(words(`${o.text} — ${o.explanation}`))
      for (const s of q.sources) expect(text, q.id).toContain(words(`${s.quote} (paragraph ${s.paragraph})`))
    }
    // A question never splits across two pages, and a section's title stays with its first question.
    expect(html).toMatch(/\.key \{[^}]*break-inside: avoid/)
    expect(html).toMatch(/h2 \{[^}]*break-after: avoid/)
  })
})
