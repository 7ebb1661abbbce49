import type { QuizQuestion } from '../../../quiz/engine/types'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { allQuestions, quizBank } from '../../../quiz/bank'
import { MOODLE_FRACTIONS, moodleXml, shareOf } from '../../../quiz/bank/moodle'

interface Text { text: string }
interface Answer { '@_fraction': string, 'text': string, 'feedback'?: Text }
interface Question {
  '@_type': string
  'name'?: Text
  'idnumber'?: string
  'questiontext'?: Text
  'generalfeedback'?: Text
  'single'?: string
  'shuffleanswers'?: string
  'answer'?: Answer[]
  'subquestion'?: { text: string, answer: Text }[]
  'category'?: Text
}

const xml = moodleXml(quizBank, 'Deck')
const parsed = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (_name, path) => ['quiz.question', 'quiz.question.answer', 'quiz.question.subquestion'].includes(String(path)),
}).parse(xml) as { quiz: { question: Question[] } }
const questions = parsed.quiz.question
const byId = new Map(questions.filter(q => q.idnumber).map(q => [q.idnumber!, q]))

/** HTML as a reader sees it: tags dropped, entities decoded, spaces collapsed. */
const plain = (html: string | undefined) => (html ?? '').replace(/<[^>]+>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim()

function exported(q: QuizQuestion): Question {
  const found = byId.get(q.id)
  if (!found)
    throw new Error(`${q.id} is missing from the Moodle XML`)
  return found
}

const quotesIn = (q: QuizQuestion, html: string | undefined) => q.sources.every(s => plain(html).includes(s.quote))

describe('given the whole bank exported as Moodle XML', () => {
  it('is well-formed XML with one category per section and every question once, in deck order', () => {
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(questions.filter(q => q['@_type'] === 'category').map(q => q.category?.text)).toEqual(quizBank.map(s => `$course$/top/Deck/${s.title}`))
    expect(questions.filter(q => q.idnumber).map(q => q.idnumber)).toEqual(allQuestions.map(q => q.id))
  })

  it('keeps every prompt, worth one point', () => {
    for (const q of allQuestions) {
      expect(plain(exported(q).questiontext?.text), q.id).toBe(q.prompt)
      expect(exported(q)).toMatchObject({ defaultgrade: '1' })
    }
  })

  it('gives single-choice questions one right answer, in display order, each option with its explanation and the passage', () => {
    for (const q of allQuestions.filter(x => x.type === 'single')) {
      const e = exported(q)
      expect(e).toMatchObject({ '@_type': 'multichoice', 'single': 'true', 'shuffleanswers': 'false' })
      expect(e.answer!.map(a => plain(a.text))).toEqual(q.options.map(o => o.text))
      expect(e.answer!.map(a => a['@_fraction'])).toEqual(q.options.map(o => (o.id === q.correct ? '100' : '0')))
      q.options.forEach((o, i) => {
        expect(plain(e.answer![i]!.feedback?.text)).toContain(o.explanation)
        expect(quotesIn(q, e.answer![i]!.feedback?.text), q.id).toBe(true)
      })
    }
  })

  it('grades select-all questions as the deck does: fractions Moodle lists, right ones summing to 100, each wrong one a share off', () => {
    for (const q of allQuestions.filter(x => x.type === 'multiple')) {
      const e = exported(q)
      expect(e).toMatchObject({ '@_type': 'multichoice', 'single': 'false' })
      expect(e.answer!.map(a => plain(a.text))).toEqual(q.options.map(o => o.text))
      const fractions = e.answer!.map(a => Number(a['@_fraction']))
      for (const f of fractions) expect(MOODLE_FRACTIONS, `${q.id}: ${f}`).toContain(Math.abs(f))
      const right = fractions.filter((_, i) => q.correct.includes(q.options[i]!.id))
      expect(right.every(f => f > 0)).toBe(true)
      expect(right.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 3)
      expect(fractions.filter((_, i) => !q.correct.includes(q.options[i]!.id))).toEqual(Array.from({ length: q.options.length - q.correct.length }).fill(-right[0]!))
      expect(quotesIn(q, e.answer![0]!.feedback?.text)).toBe(true)
    }
  })

  it('exports true/false with the right answer at 100 and feedback on both', () => {
    for (const q of allQuestions.filter(x => x.type === 'truefalse')) {
      const e = exported(q)
      expect(e['@_type']).toBe('truefalse')
      expect(e.answer!.map(a => [a.text, a['@_fraction']])).toEqual(q.options.map(o => [o.id, o.id === q.correct ? '100' : '0']))
      expect(e.answer!.every(a => quotesIn(q, a.feedback?.text))).toBe(true)
    }
  })

  it('exports matching with every pair, spare targets as extra wrong answers, and the explanations in the general feedback', () => {
    for (const q of allQuestions.filter(x => x.type === 'matching')) {
      const e = exported(q)
      expect(e['@_type']).toBe('matching')
      if (q.type !== 'matching')
        continue
      const target = (id: string) => q.targets.find(t => t.id === id)!.text
      const pairs = e.subquestion!.map(s => [plain(s.text), s.answer.text])
      const spare = q.targets.filter(t => !Object.values(q.correct).includes(t.id)).map(t => ['', t.text])
      expect(pairs).toEqual([...q.options.map(o => [o.text, target(q.correct[o.id]!)]), ...spare])
      expect(q.options.every(o => plain(e.generalfeedback?.text).includes(o.explanation))).toBe(true)
      expect(quotesIn(q, e.generalfeedback?.text)).toBe(true)
    }
  })

  it('maps ordering to matching each item with its position', () => {
    const ordering = allQuestions.filter(x => x.type === 'ordering')
    expect(ordering.length).toBeGreaterThan(0)
    for (const q of ordering) {
      const e = exported(q)
      expect(e['@_type']).toBe('matching')
      expect(e.subquestion!.map(s => [plain(s.text), s.answer.text])).toEqual(q.options.map(o => [o.text, `Position ${(q.correct as string[]).indexOf(o.id) + 1}`]))
      expect(quotesIn(q, e.generalfeedback?.text)).toBe(true)
    }
  })
})

describe('given a select-all question with k right options', () => {
  it('uses Moodle\'s listed share for k up to 10 and refuses a k it has no grade for', () => {
    expect([1, 2, 3, 4, 5, 6].map(shareOf)).toEqual([100, 50, 33.33333, 25, 20, 16.66667])
    expect(() => shareOf(11)).toThrow(/no grade of 1\/11/)
  })
})
