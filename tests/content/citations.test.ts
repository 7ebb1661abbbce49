// Every paragraph number the deck cites (on a slide, in its notes, in the timeline) must land on the
// paragraph it is cited for: the slide's quotes are in one of its cited paragraphs, and each cited
// paragraph shares distinctive words with what the slide says. And the slides that sum up each side's
// interests (the interests slide, the conclusion) cite, under the slide, the paragraph that holds each one.

import type { Slide } from './slides'
import { describe, expect, it } from 'vitest'
import { articleParagraphs, normaliseTypography } from '../../content/article'
import { timeline } from '../../content/timeline'
import { articleMarkdown } from '../fixtures/deck'
import { slides } from './slides'

const paragraphs = articleParagraphs(articleMarkdown).map(p => normaliseTypography(p).toLowerCase())

/** Paragraph numbers cited on a slide: "paragraph N" in its notes, <ArticleRef :p="N" /> and <ArticleCite :p="[…]" />. */
function citedIn(slide: Slide): number[] {
  const fromNote = Array.from(slide.note.matchAll(/\bparagraph (\d+)\b/g), m => Number(m[1]))
  const refs = Array.from(slide.body.matchAll(/<ArticleRef\b[^>]*:p="(\d+)"/g), m => Number(m[1]))
  const lists = [...slide.body.matchAll(/<ArticleCite\b[^>]*:p="\[([\d,\s]+)\]"/g)].flatMap(m => m[1]!.split(',').map(Number))
  return [...new Set([...fromNote, ...refs, ...lists])]
}

/** Quotes a slide gives: markdown blockquotes and “curly-quoted” passages, in its body and its notes. */
function quotesIn(slide: Slide): string[] {
  const text = `${slide.body}\n${slide.note}`
  const block = Array.from(text.matchAll(/(?:^>\s?.*\n?)+/gm), m => m[0].replace(/^>\s?/gm, ' '))
  const curly = Array.from(text.matchAll(/“([^”]+)”/g), m => m[1]!)
  return [...block, ...curly].map(q => normaliseTypography(q).toLowerCase()).filter(q => q.length > 12)
}

const COMMON = new Set(['russia', 'russian', 'japan', 'japanese', 'china', 'chinese', 'beijing', 'moscow', 'tokyo', 'their', 'there', 'which', 'these', 'about', 'would', 'could', 'being', 'other', 'between', 'relations', 'relationship', 'countries'])

/**
 * Distinctive words of a paragraph, cut to their first seven letters so that "investments" meets
 * "investment": words of five letters or more that not every paragraph shares (four, for the date line).
 */
function wordsOf(text: string): string[] {
  const pick = (min: number) => (text.match(new RegExp(`[a-z0-9][a-z0-9-]{${min - 1},}`, 'g')) ?? []).filter(w => !COMMON.has(w))
  const words = pick(5).length ? pick(5) : pick(4)
  return [...new Set(words.map(w => w.slice(0, 7)))]
}

/** True when the slide's text has at least two of the paragraph's distinctive words (all, for a short one). */
function sharesWords(paragraph: number, slideText: string): boolean {
  const words = wordsOf(paragraphs[paragraph - 1] ?? '')
  const said = normaliseTypography(slideText).toLowerCase()
  const found = words.filter(w => said.includes(w))
  return words.length > 0 && found.length >= Math.min(2, words.length)
}

const citing = slides().filter(s => citedIn(s).length > 0)
const cases = citing.flatMap(s => citedIn(s).map(n => [s.where, n, s] as const))

describe('paragraph citations in the slides and their notes', () => {
  it('exist in numbers worth checking', () => {
    expect(citing.length).toBeGreaterThan(25)
    expect(cases.length).toBeGreaterThan(70)
  })

  it.each(cases)('%s cites paragraph %i, which exists and says what the slide says', (_where, n, slide) => {
    expect(n).toBeGreaterThanOrEqual(1)
    expect(n).toBeLessThanOrEqual(paragraphs.length)
    expect(sharesWords(n, `${slide.body}\n${slide.note}`)).toBe(true)
  })

  it.each(citing.filter(s => quotesIn(s).length).map(s => [s.where, s] as const))('%s: every quote is in a paragraph it cites', (_where, slide) => {
    const cited = citedIn(slide)
    for (const quote of quotesIn(slide))
      expect(cited.some(n => paragraphs[n - 1]!.includes(quote)), `"${quote}" is in none of ${cited.join(', ')}`).toBe(true)
  })

  it('would catch citations off by one, as a student counting only prose paragraphs would be', () => {
    const shifted = cases.map(([, n, slide]) => [n + 3, slide] as const).filter(([n]) => n <= paragraphs.length)
    const caught = shifted.filter(([n, slide]) => !sharesWords(n, `${slide.body}\n${slide.note}`)).length
    expect(caught / shifted.length).toBeGreaterThan(0.5)
    const quoted = citing.filter(s => quotesIn(s).length)
    const misplaced = quoted.filter(s => quotesIn(s).some(q => !citedIn(s).some(n => paragraphs[n]?.includes(q))))
    expect(misplaced.length / quoted.length).toBeGreaterThan(0.8)
  })
})

describe('paragraph citations in the timeline', () => {
  it.each(timeline.map(e => [e.id, e.paragraph, e] as const))('%s cites paragraph %i, which holds its quote and its words', (_id, n, event) => {
    expect(paragraphs[n - 1]).toContain(normaliseTypography(event.quote).toLowerCase())
    expect(sharesWords(n, event.text)).toBe(true)
  })
})

/**
 * The interests the article gives each side, and the paragraph that holds each: how a summary slide
 * names it, and how that paragraph says it.
 */
const INTERESTS: { interest: string, named: RegExp, paragraph: number, holds: RegExp }[] = [
  { interest: 'Russia: breathing space', named: /breathing space/, paragraph: 10, holds: /breathing space/ },
  { interest: 'Russia: pillars for its pivot towards Asia', named: /pivot/, paragraph: 10, holds: /pivot towards asia/ },
  { interest: 'Russia: high-tech knowledge', named: /high-tech|technolog/, paragraph: 17, holds: /high-tech knowledge/ },
  { interest: 'Russia: investment in the Far East', named: /far east|investment/, paragraph: 18, holds: /investments in the far east/ },
  { interest: 'Both: energy', named: /energy/, paragraph: 19, holds: /energy partnership/ },
  { interest: 'Russia: the narrative that it cannot be isolated', named: /narrative/, paragraph: 20, holds: /narrative that russia cannot be isolated/ },
  { interest: 'Japan: options to manage crises', named: /options/, paragraph: 14, holds: /options to better manage emerging crises/ },
  { interest: 'Japan: beyond the Middle East', named: /middle east/, paragraph: 19, holds: /volatile middle east/ },
  { interest: 'Japan: Abe’s legacy', named: /legacy/, paragraph: 20, holds: /abe's domestic legacy/ },
]

/** The paragraphs a slide's visible source line cites (<ArticleCite> and <ArticleRef>), not its notes. */
function citedOnSlide(slide: Slide): number[] {
  return citedIn({ ...slide, note: '' })
}

/** Interests a slide names whose paragraph its source line does not cite. */
function uncitedInterests(slideText: string, cited: number[]): string[] {
  const said = normaliseTypography(slideText).toLowerCase()
  return INTERESTS.filter(i => i.named.test(said) && !cited.includes(i.paragraph)).map(i => `${i.interest} (paragraph ${i.paragraph})`)
}

const summaries = slides().filter(s => s.alias === 'interests' || s.alias === 'conclusion')

describe('slides that sum up each side’s interests', () => {
  it.each(INTERESTS.map(i => [i.interest, i] as const))('the table holds %s in the paragraph it names', (_interest, i) => {
    expect(paragraphs[i.paragraph - 1]).toMatch(i.holds)
    expect(paragraphs[i.paragraph - 1]).toMatch(i.named)
  })

  it('are the interests slide and the conclusion', () => {
    expect(summaries.map(s => s.alias).sort()).toEqual(['conclusion', 'interests'])
  })

  it.each(summaries.map(s => [s.alias, s] as const))('%s cites, under the slide, the paragraph of every interest it names', (_alias, slide) => {
    const said = normaliseTypography(slide.body).toLowerCase()
    expect(INTERESTS.filter(i => i.named.test(said)).length, 'the slide names too few interests for this to be a check').toBeGreaterThanOrEqual(7)
    expect(uncitedInterests(slide.body, citedOnSlide(slide))).toEqual([])
  })

  it('would catch the conclusion that cited paragraphs 9, 10, 16, 23, 24 and 28 for its interests', () => {
    const old = 'Russia’s interests: breathing space from China, which engaging Japan may provide; technology, investment, energy and a narrative. Japan’s interests: options, energy and Abe’s legacy'
    expect(uncitedInterests(old, [9, 10, 16, 23, 24, 28])).toEqual([
      'Russia: high-tech knowledge (paragraph 17)',
      'Russia: investment in the Far East (paragraph 18)',
      'Both: energy (paragraph 19)',
      'Russia: the narrative that it cannot be isolated (paragraph 20)',
      'Japan: options to manage crises (paragraph 14)',
      'Japan: Abe’s legacy (paragraph 20)',
    ])
  })
})
