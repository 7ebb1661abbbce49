import { describe, expect, it } from 'vitest'
import { QuizDataError, validateBank } from '../../../quiz/bank/schema'
import { matching, multiple, ordering, PARAGRAPHS, section, single } from '../../fixtures/quiz'

function problemsOf(files: Record<string, unknown>, opts = {}): string[] {
  try {
    validateBank(files, opts)
  }
  catch (e) {
    if (e instanceof QuizDataError)
      return e.problems
    throw e
  }
  return []
}

describe('given valid quiz files', () => {
  it('returns the typed sections', () => {
    const bank = validateBank({ 'quiz/alpha.ts': section() }, { paragraphs: PARAGRAPHS })
    expect(bank[0]?.questions.map(q => q.type)).toEqual(['single', 'multiple', 'truefalse', 'ordering', 'matching'])
  })
})

describe('given broken quiz files, the message names the file and the question id', () => {
  it('reports a question id used twice anywhere in the deck', () => {
    const problems = problemsOf({ 'quiz/alpha.ts': section([single()]), 'quiz/beta.ts': section([single()], 'beta') })
    expect(problems).toEqual(['quiz/beta.ts › a-single: duplicate question id (also in quiz/alpha.ts)'])
  })

  it('reports a single-choice question with no correct option', () => {
    const q = { ...single(), correct: '' }
    expect(problemsOf({ 'quiz/alpha.ts': section([q]) })).toEqual([
      'quiz/alpha.ts › a-single: correct a single-choice question needs exactly one correct option id',
    ])
  })

  it('reports a single-choice question with two correct options', () => {
    const q = { ...single(), correct: ['x', 'y'] }
    expect(problemsOf({ 'quiz/alpha.ts': section([q as never]) })[0]).toMatch(/^quiz\/alpha\.ts › a-single: correct a single-choice question needs exactly one correct option id/)
  })

  it('reports a correct id that is not an option', () => {
    expect(problemsOf({ 'quiz/alpha.ts': section([{ ...single(), correct: 'nope' }]) })).toEqual(['quiz/alpha.ts › a-single: correct id "nope" is not an option'])
    expect(problemsOf({ 'quiz/alpha.ts': section([{ ...multiple(), correct: ['p', 'nope'] }]) })).toEqual(['quiz/alpha.ts › a-multiple: correct id "nope" is not an option'])
    const m = matching()
    expect(problemsOf({ 'quiz/alpha.ts': section([{ ...m, correct: { ...(m.correct as object), m1: 'cn' } } as never]) }))
      .toEqual(['quiz/alpha.ts › a-matching: correct target "cn" is not a target'])
  })

  it('reports a quote that is not in the article', () => {
    const q = { ...single(), sources: [{ paragraph: 1, quote: 'Japan is a net exporter of energy.' }] }
    expect(problemsOf({ 'quiz/alpha.ts': section([q]) }, { paragraphs: PARAGRAPHS })).toEqual([
      'quiz/alpha.ts › a-single: source quote is not in paragraph 1 of the article: "Japan is a net exporter of energy.…"',
    ])
  })

  it('reports a quote cited with the wrong paragraph, checking every source of a question', () => {
    const q = { ...single(), sources: [{ paragraph: 1, quote: 'Japan remains a net importer of energy.' }, { paragraph: 1, quote: 'The biggest winner of their confrontation is China.' }] }
    expect(problemsOf({ 'quiz/alpha.ts': section([q]) }, { paragraphs: PARAGRAPHS })).toEqual([
      'quiz/alpha.ts › a-single: source quote is not in paragraph 1 of the article: "The biggest winner of their confrontation is China.…"',
    ])
  })

  it('reports a question with no source passage', () => {
    expect(problemsOf({ 'quiz/alpha.ts': section([{ ...single(), sources: [] }]) })).toEqual(['quiz/alpha.ts › a-single: sources needs at least one source passage'])
  })

  it('reports an empty prompt', () => {
    expect(problemsOf({ 'quiz/alpha.ts': section([{ ...single(), prompt: '   ' }]) })).toEqual(['quiz/alpha.ts › a-single: prompt must not be empty'])
  })

  it('reports HTML and over-long text', () => {
    const problems = problemsOf({ 'quiz/alpha.ts': section([{ ...single(), prompt: '<b>Which?</b>' }, { ...multiple(), prompt: 'x'.repeat(201) }]) })
    expect(problems).toEqual([
      'quiz/alpha.ts › a-single: prompt must not contain HTML',
      'quiz/alpha.ts › a-multiple: prompt must be at most 200 characters',
    ])
  })

  it('reports an ordering whose right order leaves an item out', () => {
    const q = { ...ordering(), correct: ['c', 'a'] }
    expect(problemsOf({ 'quiz/alpha.ts': section([q]) })).toEqual(['quiz/alpha.ts › a-ordering: the correct order must list every option exactly once'])
  })

  it('reports a section whose id does not match its file', () => {
    expect(problemsOf({ 'quiz/beta.ts': section([single()]) })).toEqual(['quiz/beta.ts: section id "alpha" must match the file name'])
  })

  it('reports a slide alias the deck does not have', () => {
    expect(problemsOf({ 'quiz/alpha.ts': section([single()]) }, { slides: new Set(['limits']) })).toEqual(['quiz/alpha.ts › a-single: slide "energy" is not a routeAlias in the deck'])
  })

  it('throws a readable error listing every problem', () => {
    expect(() => validateBank({ 'quiz/alpha.ts': section([{ ...single(), correct: 'nope' }, { ...single(), prompt: '' }]) }))
      .toThrowError(/Quiz data is invalid:\n {2}- quiz\/alpha\.ts › a-single: correct id "nope" is not an option\n {2}- quiz\/alpha\.ts › a-single: prompt must not be empty/)
  })
})
