import type { QuizQuestion } from '../../quiz/engine/types'
import { describe, expect, it } from 'vitest'
import { allQuestions } from '../../quiz/bank'
import { normalisedArticle } from '../fixtures/deck'
import { single, truefalse } from '../fixtures/quiz'
import { THEMES, themeUses } from './distractors'

const isChoice = (q: QuizQuestion) => q.type === 'single' || q.type === 'multiple' || q.type === 'truefalse'
const isRight = (q: QuizQuestion, id: string) => (Array.isArray(q.correct) ? q.correct.includes(id) : q.correct === id)
const explanations = allQuestions.flatMap(q => q.options.map(o => ({ q, o })))
/** Every piece of text a learner reads in the bank. */
const allText = (q: QuizQuestion) => [q.prompt, ...q.options.flatMap(o => [o.text, o.explanation]), ...(q.type === 'matching' ? q.targets.map(t => t.text) : [])]

/** Hedge families: a passage hedged with one word is paraphrased with a word of the same family. */
const HEDGES: { name: string, pattern: RegExp }[] = [
  { name: 'appears / seems', pattern: /\b(appears?|appeared|seems?|seemed)\b/i },
  // Case-sensitive: the month “May” is not a hedge.
  { name: 'may / might', pattern: /\b(may|might|Might)\b/ },
  { name: 'perhaps', pattern: /\bperhaps\b/i },
  { name: 'likely / unlikely', pattern: /\b(un)?likely\b/i },
  { name: 'unclear', pattern: /\bunclear\b/i },
]

/** Hedge families used in a question's passages but in none of its explanations. */
function droppedHedges(q: QuizQuestion): string[] {
  const passages = q.sources.map(s => s.quote).join(' ')
  const said = q.options.map(o => o.explanation).join(' ')
  return HEDGES.filter(h => h.pattern.test(passages) && !h.pattern.test(said)).map(h => h.name)
}

/** Lower-case words, punctuation dropped, curly quotes straightened. */
const words = (s: string) => s.toLowerCase().replace(/[’‘]/g, '\'').replace(/[^a-z0-9' -]+/g, ' ').split(/\s+/).filter(Boolean)
const articleWords = ` ${words(normalisedArticle).join(' ')} `

/** The longest run of consecutive words that the text shares with the article. */
function longestSharedRun(text: string): number {
  const w = words(text)
  let best = 0
  for (let i = 0; i < w.length; i++) {
    for (let j = i + best + 1; j <= w.length; j++) {
      if (articleWords.includes(` ${w.slice(i, j).join(' ')} `))
        best = j - i
      else break
    }
  }
  return best
}

const ORDINALS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth']

describe('explanations', () => {
  it.each(explanations.filter(({ q }) => isChoice(q)).map(({ q, o }) => [q.id, o.id, isRight(q, o.id), o.explanation] as const))(
    '%s › %s says whether it is right (%s) in words, without relying on its position',
    (_q, _o, right, text) => {
      expect(text).toMatch(right ? /^Right: / : /^Not so: /)
    },
  )

  it('in an ordering, name the place each item belongs in', () => {
    for (const q of allQuestions.filter(q => q.type === 'ordering')) {
      for (const o of q.options) {
        const at = q.correct.indexOf(o.id)
        const place = at === q.correct.length - 1 ? 'Last' : ORDINALS[at]
        expect(o.explanation, `${q.id} › ${o.id}`).toMatch(new RegExp(`^${place}: `))
      }
    }
  })

  it('never point at other options by position or say a bare "Right." or "No."', () => {
    const positional = /\b(first|second|third|last|other|previous|next) (option|answer|choice)\b|\boption [a-f]\b|\b(above|below)\b|^(right|correct|no|yes|wrong)[.!]/i
    for (const { q, o } of explanations) expect(o.explanation, `${q.id} › ${o.id}`).not.toMatch(positional)
  })

  it('are at most 160 characters, so every one fits on the slide', () => {
    for (const { q, o } of explanations) expect(o.explanation.length, `${q.id} › ${o.id}`).toBeLessThanOrEqual(160)
  })

  it.each(allQuestions.map(q => [q.id, q] as const))('of %s keep the hedges of the passages they rest on', (_id, q) => {
    expect(droppedHedges(q)).toEqual([])
  })

  it('would catch a dropped hedge', () => {
    const q = single()
    q.sources = [{ paragraph: 1, quote: 'It is unlikely that a breakthrough will emerge.' }]
    expect(droppedHedges(q)).toEqual(['likely / unlikely'])
  })
})

describe('the wording of the bank', () => {
  it('never says "only if" (the article says "if")', () => {
    for (const q of allQuestions) {
      for (const t of allText(q)) expect(t, q.id).not.toMatch(/\bonly if\b/i)
    }
  })

  it('has true/false statements without absolute words that give the answer away', () => {
    for (const q of allQuestions.filter(q => q.type === 'truefalse')) expect(q.prompt, q.id).not.toMatch(/\b(only|always|never|all|every|none|entirely|completely)\b/i)
  })

  it('has no true statement that copies six or more words in a row from the article', () => {
    for (const q of allQuestions.filter(q => q.type === 'truefalse' && q.correct === 'true')) {
      expect(longestSharedRun(q.prompt.replace(/^True or false:\s*/, '')), q.id).toBeLessThan(6)
    }
  })

  it('would catch a statement copied from the article', () => {
    const q = truefalse()
    expect(longestSharedRun('Japan remains a net importer of energy')).toBeGreaterThanOrEqual(6)
    expect(longestSharedRun(q.prompt)).toBeLessThan(6)
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
