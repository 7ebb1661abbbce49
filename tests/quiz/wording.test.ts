// The wording rules live in the schema (quiz/bank/wording.ts), so `slidev build` stops on them; the bank passing
// them is tests/quiz/bank.test.ts. Here: each rule catches the flaw it is for, named by file and question id.

import type { QuizQuestion } from '../../quiz/engine/types'
import { describe, expect, it } from 'vitest'
import { allQuestions } from '../../quiz/bank'
import { articleEcho } from '../../quiz/bank/items'
import { QuizDataError, validateBank } from '../../quiz/bank/schema'
import { droppedHedges, wordingProblems } from '../../quiz/bank/wording'
import { normalisedArticle } from '../fixtures/deck'
import { matching, multiple, ordering, PARAGRAPHS, section, single, truefalse } from '../fixtures/quiz'
import { THEMES, themeUses } from './distractors'

/** The fixtures with explanations worded as the house asks, so that each test breaks one rule. */
function worded<Q extends QuizQuestion>(q: Q): Q {
  const copy = structuredClone(q)
  copy.options = copy.options.map((o) => {
    let start = ''
    if (copy.type === 'ordering')
      start = `${['First', 'Second', 'Last'][copy.correct.indexOf(o.id)]}: `
    else if (copy.type !== 'matching')
      start = (Array.isArray(copy.correct) ? copy.correct.includes(o.id) : copy.correct === o.id) ? 'Right: ' : 'Not so: '
    return { ...o, explanation: `${start}the passage says so.` }
  })
  return copy
}

function problemsOf(q: QuizQuestion): string[] {
  try {
    validateBank({ 'quiz/alpha.ts': section([q]) }, { paragraphs: PARAGRAPHS, wording: true })
    return []
  }
  catch (e) {
    if (e instanceof QuizDataError)
      return e.problems
    throw e
  }
}

describe('the wording rules, checked with the schema', () => {
  it('pass a question worded as the house asks, of every type', () => {
    for (const q of [single(), multiple(), truefalse(), ordering(), matching()]) expect(problemsOf(worded(q)), q.type).toEqual([])
  })

  it('are off unless asked for, so that other data (the engine\'s fixtures) is not held to them', () => {
    expect(() => validateBank({ 'quiz/alpha.ts': section() }, { paragraphs: PARAGRAPHS })).not.toThrow()
  })

  it('name the file and question of an explanation that does not say in words whether it is right', () => {
    const q = worded(single())
    q.options[0]!.explanation = 'Right: it is not, in fact.'
    expect(problemsOf(q)).toEqual(['quiz/alpha.ts › a-single: option "x": its explanation must start "Not so:"'])
  })

  it('catch an ordering\'s explanation that does not name the place', () => {
    const q = worded(ordering())
    q.options[0]!.explanation = 'Right: it comes at the end.'
    expect(problemsOf(q).join()).toContain('option "c": its explanation must start "Last:"')
  })

  it('catch an explanation that points at an option by position, or one too long for the slide', () => {
    const q = worded(single())
    q.options[0]!.explanation = 'Not so: see the option above.'
    q.options[1]!.explanation = `Right: ${'x'.repeat(160)}`
    expect(problemsOf(q)).toEqual([
      'quiz/alpha.ts › a-single: option "x": its explanation points at an option by position or says a bare verdict',
      'quiz/alpha.ts › a-single: option "y": its explanation has 167 characters, more than the 160 that fit the slide',
    ])
  })

  it('catch a dropped hedge', () => {
    const q = worded(single())
    q.sources = [{ paragraph: 1, quote: 'It is unlikely that a breakthrough will emerge.' }]
    expect(droppedHedges(q)).toEqual(['likely / unlikely'])
    q.options[1]!.explanation = 'Right: a breakthrough is unlikely, it says.'
    expect(droppedHedges(q)).toEqual([])
  })

  it('catch "only if", an absolute word in a true/false statement, and a true statement copied from the article', () => {
    const q = worded(truefalse())
    q.prompt = 'True or false: only if China wins does anything change.'
    expect(wordingProblems(q)).toEqual([
      'says "only if"; the article says "if"',
      'its statement says "only", an absolute word that gives the answer away',
    ])
    q.prompt = 'True or false: Japan remains a net importer of energy.'
    expect(wordingProblems(q, normalisedArticle)).toEqual(['its true statement copies 7 words in a row from the article'])
    expect(articleEcho('Japan, it says, still imports energy', normalisedArticle)).toBeLessThan(6)
  })
})

describe('distractor themes', () => {
  it.each(THEMES.map(t => [t.name] as const))('“%s” appears in at most two wrong answers in the bank', (name) => {
    expect(themeUses(allQuestions).get(name)!.length).toBeLessThanOrEqual(2)
  })

  it('are recognised, so an overused theme fails', () => {
    const q = single()
    q.options = [
      { id: 'x', text: 'The Kurils are settled', explanation: '' },
      { id: 'y', text: 'The right answer', explanation: '' },
      { id: 'z', text: 'The Kuril dispute was resolved at Sochi', explanation: '' },
    ]
    const r = { ...single(), id: 'another', options: [{ id: 'x', text: 'Settled: the Kuril Islands', explanation: '' }, { id: 'y', text: 'Right', explanation: '' }] }
    expect(themeUses([q, r]).get(THEMES[0]!.name)).toEqual(['a-single', 'a-single', 'another'])
  })
})
