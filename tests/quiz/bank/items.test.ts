import type { QuizQuestion, QuizSection } from '../../../quiz/engine/types'
import { describe, expect, it } from 'vitest'
import { quizBank } from '../../../quiz/bank'
import { checkItems, distinctiveWords, ECHO_WORDS, echoTell, hedgeRuleShare, ruleShare } from '../../../quiz/bank/items'
import { normalisedArticle } from '../../fixtures/deck'
import { matching, multiple, single, truefalse } from '../../fixtures/quiz'

const bank = checkItems(quizBank, normalisedArticle)
function flawed(key: 'leaks' | 'themeTell' | 'absolutes' | 'pairedByWording') {
  return Object.fromEntries(bank.items.filter(r => r[key].length).map(r => [r.id, r[key]]))
}

const opt = (id: string, text: string) => ({ id, text, explanation: '' })
const sectionOf = (...questions: QuizQuestion[]): QuizSection[] => [{ id: 'alpha', title: 'Alpha', questions }]

describe('given the question bank as a worksheet prints it', () => {
  it('no stem or option holds another question’s answer', () => {
    expect(flawed('leaks')).toEqual({})
  })

  it('no key is the only option naming China or the US', () => {
    expect(flawed('themeTell')).toEqual({})
  })

  it('no absolute word is carried by wrong options alone', () => {
    expect(flawed('absolutes')).toEqual({})
  })

  it('no matching item pairs with its target by a shared word', () => {
    expect(flawed('pairedByWording')).toEqual({})
  })

  it('true/false keys follow no hedge pattern: neither “hedged means true” nor “hedged means false” predicts more than 3 in 4', () => {
    expect(hedgeRuleShare(bank.hedgeRule)).toBeLessThanOrEqual(0.75)
    expect(bank.hedgeRule.total).toBeGreaterThanOrEqual(6)
  })

  it('no key alone quotes the article: a choice key never shares a longer run of the article’s words than every wrong option', () => {
    expect(bank.items.filter(r => r.type !== 'truefalse' && echoTell(r.echo)).map(r => [r.id, r.echo])).toEqual([])
  })

  it('true/false keys follow no quoting pattern: “sounds quoted means true” predicts at most 3 in 4', () => {
    expect(ruleShare(bank.echoRule.echoMeansTrue, bank.echoRule.total)).toBeLessThanOrEqual(0.75)
  })
})

describe('given items with the flaws the checks look for, so the checks can fail', () => {
  it('finds a key that another question’s stem states', () => {
    const a = { ...single(), id: 'a', prompt: 'What does the article see as drawing them together?', options: [opt('x', 'The common denominator of a dominant neighbour'), opt('y', 'Shared worries about energy'), opt('z', 'A plan for roads')], correct: 'x' }
    const b = { ...multiple(), id: 'b', prompt: 'Which roles does the article give China, the common denominator of a dominant neighbour?' }
    expect(checkItems(sectionOf(a, b)).items[0]!.leaks).toEqual([{ in: 'b', words: ['common', 'denominator', 'dominant', 'neighbour'] }])
  })

  it('finds the pattern when every hedged statement is true and every categorical one false', () => {
    const tf = (id: string, prompt: string, correct: 'true' | 'false') => ({ ...truefalse(), id, prompt: `True or false: ${prompt}`, correct })
    const report = checkItems(sectionOf(tf('h1', 'the talks appear to help', 'true'), tf('h2', 'it suggests a thaw', 'true'), tf('c1', 'Japan will abandon the US', 'false'), tf('c2', 'the visit settled everything', 'false')))
    expect(hedgeRuleShare(report.hedgeRule)).toBe(1)
  })

  it('finds an absolute word in wrong options only, and a key alone in naming China', () => {
    const q = { ...single(), options: [opt('x', 'Japan never trusts Russia'), opt('y', 'China gains most'), opt('z', 'Both sides gain')], correct: 'y' }
    const [r] = checkItems(sectionOf(q)).items
    expect(r!.absolutes).toEqual(['never'])
    expect(r!.themeTell).toEqual(['China'])
  })

  it('finds a key that quotes the article where no wrong option does', () => {
    const article = 'Japan is increasingly wary of the rapidly expanding naval power of its giant neighbour.'
    const q = { ...single(), options: [opt('x', 'Wary of the rapidly expanding naval power'), opt('y', 'Keen on Chinese trade'), opt('z', 'Indifferent to the region')], correct: 'x' }
    const [r] = checkItems(sectionOf(q), article).items
    expect(r!.echo!.key).toBeGreaterThanOrEqual(ECHO_WORDS)
    expect(echoTell(r!.echo)).toBe(true)
  })

  it('finds a matching item that pairs with its target by a shared word', () => {
    const q = { ...matching(), options: [opt('m1', 'Energy supplies'), opt('m2', 'Legacy'), opt('m3', 'Pivot')], targets: [{ id: 'ru', text: 'Energy partnership' }, { id: 'jp', text: 'Japan' }] }
    expect(checkItems(sectionOf(q)).items[0]!.pairedByWording).toEqual(['m1'])
  })
})

describe('distinctive words', () => {
  it('drop the actors and function words, stem the rest, and keep the Middle East apart from the Far East', () => {
    expect([...distinctiveWords('Russia’s investments in the Far East, not the Middle East')]).toEqual(['investment', 'fareast', 'middleeast'])
  })
})
