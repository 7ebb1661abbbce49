import { describe, expect, it } from 'vitest'
import { normaliseTypography } from '../../content/article'
import { allQuestions, quizBank, quizFiles } from '../../quiz/bank'
import { validateBank } from '../../quiz/bank/schema'
import { deckFiles, normalisedParagraphs, routeAliases } from '../fixtures/deck'

const questions = allQuestions

describe('the quiz bank', () => {
  it('passes the schema with every quote checked against the paragraph it cites, every slide alias checked against the deck and the wording rules applied', () => {
    expect(() => validateBank(quizFiles, { paragraphs: normalisedParagraphs, normalise: normaliseTypography, slides: routeAliases(), wording: true })).not.toThrow()
  })

  it('has at least 5 section quizzes of 4 to 7 questions, a final review, and 28 or more questions', () => {
    expect(quizBank.map(s => s.id)).toEqual(['context', 'china', 'interests', 'contours', 'limits', 'review'])
    for (const s of quizBank) expect(s.questions.length, s.id).toBeGreaterThanOrEqual(4)
    for (const s of quizBank) expect(s.questions.length, s.id).toBeLessThanOrEqual(7)
    expect(questions.length).toBeGreaterThanOrEqual(28)
  })

  it('uses every question type', () => {
    expect(new Set(questions.map(q => q.type))).toEqual(new Set(['single', 'multiple', 'truefalse', 'ordering', 'matching']))
  })

  it('balances true/false keys between True and False', () => {
    const keys = questions.filter(q => q.type === 'truefalse').map(q => q.correct)
    const trues = keys.filter(k => k === 'true').length
    expect(Math.abs(trues - (keys.length - trues))).toBeLessThanOrEqual(1)
  })

  it('tests the argument (why, cause, trade-off, claimed versus hedged) in at least 60% of questions', () => {
    const argument = questions.filter(q => q.skill === 'argument').length
    expect(argument / questions.length).toBeGreaterThanOrEqual(0.6)
  })
})

describe('the quiz slides', () => {
  const quizSlides = deckFiles().flatMap(([, text]) => Array.from(text.matchAll(/^quiz:\s*(\S+)\s*$/gm), m => m[1]!))

  it('give every question exactly one slide, in bank order', () => {
    expect(quizSlides).toEqual(questions.map(q => q.id))
  })

  it('are all on the quiz layout', () => {
    for (const [file, text] of deckFiles()) {
      for (const m of text.matchAll(/^---\n([\s\S]*?)\n---$/gm)) {
        if (/^quiz:/m.test(m[1]!))
          expect(m[1], file).toMatch(/^layout: quiz$/m)
      }
    }
  })
})
