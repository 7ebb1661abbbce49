// A quote that opens with a pronoun ("That will take a lot more than a few meetings.") means nothing without
// what the pronoun points back to. When a slide quotes an article sentence that opens with one, it also
// quotes the sentence before it (at least its last clause, where the referent sits: "a rapprochement can
// take wings if…"); when a quote starts with a pronoun in the middle of a sentence, it also quotes that
// sentence up to the pronoun. Quotes on the slide need their antecedent on the slide (a quiz slide's passages
// from the bank count as on the slide); quotes in the speaker notes may find it on the slide or in the notes.
// A question's source passages are shown together after Check, so one of them may carry another's antecedent.

import type { Slide } from './slides'
import { describe, expect, it } from 'vitest'
import { articleParagraphs, normaliseTypography } from '../../content/article'
import { allQuestions } from '../../quiz/bank'
import { articleMarkdown } from '../fixtures/deck'
import { slides } from './slides'

const lower = (s: string) => normaliseTypography(s).toLowerCase()

/** The article's sentences, in order across paragraphs (headings, title and date included, as lines of their own). */
const SENTENCE_END = /(?<=[.!?])\s+(?=["A-Z])/
const sentences = articleParagraphs(articleMarkdown).flatMap(p => normaliseTypography(p).split(SENTENCE_END)).map(lower)

/** Words that point back to something said before. */
const PRONOUN = /^(?:that|this|these|those|it|its|they|their|them)\b/
/** "It helps that…", "it is unlikely that…", "It remains unclear whether…": an "it" that points forward, not back. */
const EXPLETIVE_IT = /^it (?:helps|is|remains|seems|appears) (?:[^.]* )?(?:that|whether)\b/

/** Markdown blockquotes, “curly-quoted” passages and, in notes, "straight-quoted" ones: each ellipsis-free fragment. */
const BLOCKQUOTE = /(?:^[ \t]*>.*\n?)+/gm
const BLOCKQUOTE_MARK = /^[ \t]*>[ \t]?/gm
const CURLY = /“([^”]+)”/g
const STRAIGHT = /"([^"\n]+)"/g
const ELLIPSIS = /\s*(?:…|\.\.\.)\s*/
function quotesIn(text: string, straight: boolean): string[] {
  const block = Array.from(text.matchAll(BLOCKQUOTE), m => m[0].replace(BLOCKQUOTE_MARK, ' '))
  const curly = Array.from(text.matchAll(CURLY), m => m[1]!)
  const plain = straight ? Array.from(text.matchAll(STRAIGHT), m => m[1]!) : []
  return [...block, ...curly, ...plain].flatMap(q => lower(q).split(ELLIPSIS)).map(q => q.trim()).filter(q => q.length > 12)
}

/** A sentence's last clause (after its last comma), without a leading "And" or its full stop: where a referent sits. */
const LAST_CLAUSE = /^.*,\s*/
const LEADING_CONJUNCTION = /^(?:and|but|so|yet)\s+/
const FULL_STOP = /[.!?]$/
const lastClause = (sentence: string) => sentence.replace(LAST_CLAUSE, '').replace(LEADING_CONJUNCTION, '').replace(FULL_STOP, '')

/**
 * What a quote that starts with a pronoun needs beside it, or undefined when it needs nothing: the last
 * clause of the sentence before, when the quote opens an article sentence; the sentence up to the quote,
 * when it starts mid-sentence. Quotes that are not the article's are the quote test's business, not this one's.
 */
function antecedentOf(quote: string): string | undefined {
  if (!PRONOUN.test(quote) || EXPLETIVE_IT.test(quote))
    return undefined
  for (const [i, sentence] of sentences.entries()) {
    const at = sentence.indexOf(quote.slice(0, Math.min(quote.length, sentence.length)))
    if (at < 0 || !(sentence.includes(quote) || quote.startsWith(sentence)))
      continue
    return at === 0 ? lastClause(sentences[i - 1]!) : sentence.slice(0, at).trim().replace(LEADING_CONJUNCTION, '')
  }
  return undefined
}

/** Quotes on a slide (or in its notes) that start with a pronoun and lack what it points back to. */
function dangling(slide: Slide): string[] {
  const onSlide = quotesIn(slide.body, false)
  // A quiz slide's passages come from the bank: they can supply an antecedent here; the bank answers for its own.
  const shown = [...onSlide, ...slide.passages.map(lower)]
  const inNotes = quotesIn(slide.note, true)
  const lacks = (quote: string, around: string[]) => {
    const needed = antecedentOf(quote)
    return needed !== undefined && !around.some(q => q.includes(needed))
  }
  return [
    ...onSlide.filter(q => lacks(q, shown)).map(q => `on the slide: "${q}"`),
    ...inNotes.filter(q => lacks(q, [...shown, ...inNotes])).map(q => `in the notes: "${q}"`),
  ]
}

/** A passage's sentences, each ellipsis-free fragment on its own: a pronoun may open any of them. */
const pieces = (passage: string) => normaliseTypography(passage).split(ELLIPSIS).flatMap(q => q.split(SENTENCE_END)).map(q => lower(q).trim())

/** A question's passages that start with a pronoun and lack what it points back to among the question's passages. */
function danglingPassages(passages: string[]): string[] {
  const shown = passages.map(lower)
  return shown.flatMap(pieces).filter((q) => {
    const needed = antecedentOf(q)
    return needed !== undefined && !shown.some(s => s.includes(needed))
  })
}

const deck = slides()

describe('quotes that start with a pronoun', () => {
  it('exist in the deck and the bank in numbers worth checking', () => {
    const onSlides = deck.flatMap(s => [...quotesIn(s.body, false), ...quotesIn(s.note, true)])
    const inBank = allQuestions.flatMap(q => q.sources.flatMap(s => pieces(s.quote)))
    expect([...onSlides, ...inBank].filter(q => antecedentOf(q) !== undefined).length).toBeGreaterThanOrEqual(3)
  })

  it.each(allQuestions.map(q => [q.id, q] as const))('bank %s: each passage carries what its pronoun points back to', (_id, question) => {
    expect(danglingPassages(question.sources.map(s => s.quote))).toEqual([])
  })

  it('would catch a question whose only passage is "That will take a lot more than a few meetings."', () => {
    expect(danglingPassages(['That will take a lot more than a few meetings.'])).toHaveLength(1)
    expect(danglingPassages(['Finally, given the complexities involved, a rapprochement can take wings if Abe and Putin believe that the trade-offs are worth leveraging.', 'That will take a lot more than a few meetings.'])).toEqual([])
  })

  it.each(deck.map(s => [s.where, s] as const))('%s: each one carries what its pronoun points back to', (_where, slide) => {
    expect(dangling(slide)).toEqual([])
  })

  it('would catch the bottom line that quoted "That will take a lot more than a few meetings." alone', () => {
    const slide = { where: 'old', body: '- But a breakthrough is unlikely in the near future\n\n> That will take a lot more than a few meetings.\n', note: '', passages: [] }
    expect(dangling(slide)).toEqual(['on the slide: "that will take a lot more than a few meetings."'])
    const fixed = { ...slide, body: `${slide.body}\n> Finally, given the complexities involved, a rapprochement can take wings if Abe and Putin believe that the trade-offs are worth leveraging.\n` }
    expect(dangling(fixed)).toEqual([])
    const clauseOnly = { ...slide, body: `${slide.body}\n- “a rapprochement can take wings if Abe and Putin believe that the trade-offs are worth leveraging”\n` }
    expect(dangling(clauseOnly)).toEqual([])
  })

  it('would catch an "It" quote without the sentence before it, and a mid-sentence "it" without its sentence', () => {
    expect(antecedentOf(lower('It involves weaving a web of economic partnerships'))).toBe(lower('The broad contours of the Japanese-Russian reconciliation appear to be taking shape'))
    expect(antecedentOf('it remains the cornerstone of its security policy')).toBe(lower('However, it is highly unlikely that Japan will abandon its military cooperation with the U.S. since'))
    expect(dangling({ where: 'old', body: '- Japan will not drop the U.S.:\n\n> it remains the cornerstone of its security policy\n', note: '', passages: [] })).toHaveLength(1)
  })

  it('counts a note\'s antecedent only for the notes: the slide must carry its own', () => {
    const before = '"Finally, given the complexities involved, a rapprochement can take wings if Abe and Putin believe that the trade-offs are worth leveraging."'
    expect(dangling({ where: 'x', body: '> That will take a lot more than a few meetings.\n', note: before, passages: [] })).toHaveLength(1)
    expect(dangling({ where: 'x', body: '', note: `${before} And: "That will take a lot more than a few meetings."`, passages: [] })).toEqual([])
  })

  it('reads two blockquotes as two quotes, so the second one\'s pronoun is checked too', () => {
    const body = '> Nevertheless, it is unlikely that a breakthrough will emerge in the near future.\n\n> That will take a lot more than a few meetings.\n'
    expect(dangling({ where: 'x', body, note: '', passages: [] })).toHaveLength(1)
  })

  it('leaves alone an "it" that points forward ("It helps that…"), but not one that points back', () => {
    expect(antecedentOf(lower('It helps that Japan remains a net importer of energy.'))).toBeUndefined()
    expect(antecedentOf(lower('It remains unclear whether Tokyo will then pursue a purely economic engagement.'))).toBeUndefined()
    expect(antecedentOf('it remains the cornerstone of its security policy')).toBeDefined()
    expect(antecedentOf(lower('It can also subtly balance China’s increasing forays into Russia’s underbelly.'))).toBeDefined()
  })

  it('leaves alone quotes that do not start with a pronoun, or are not the article\'s', () => {
    expect(antecedentOf(lower('Nevertheless, it is unlikely that a breakthrough will emerge in the near future.'))).toBeUndefined()
    expect(antecedentOf('this deck groups them in three')).toBeUndefined()
  })
})
