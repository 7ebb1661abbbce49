// @vitest-environment node
// Every paragraph number the deck cites (on a slide, in its notes, in the timeline) must land on the
// paragraph it is cited for: the slide's quotes are in one of its cited paragraphs, and each cited
// paragraph shares distinctive words with what the slide says.

import { describe, expect, it } from 'vitest'
import { articleParagraphs, normaliseTypography } from '../../content/article'
import { timeline } from '../../content/timeline'
import { allQuestions } from '../../quiz/bank'
import { articleMarkdown, deckFiles } from '../fixtures/deck'

const paragraphs = articleParagraphs(articleMarkdown).map(p => normaliseTypography(p).toLowerCase())

interface Slide { where: string, body: string, note: string }

/** What a quiz slide shows comes from the bank: its prompt, options, targets, explanations and passages. */
function questionText(id: string): string {
  const q = allQuestions.find(x => x.id === id)
  if (!q)
    throw new Error(`A quiz slide names "${id}", which the bank does not have`)
  const targets = q.type === 'matching' ? q.targets.map(t => t.text) : []
  return [q.prompt, ...q.options.flatMap(o => [o.text, o.explanation]), ...targets, ...q.sources.map(s => s.quote)].join('\n')
}

/** The deck's slides, file by file: each slide's body and its notes (the last HTML comment). */
function slides(): Slide[] {
  return deckFiles().flatMap(([file, text]) => {
    // split() with a capture group keeps each slide's frontmatter just before its chunk.
    const parts = text.split(/^---\n((?:[\w-]+:.*\n)*)---\n/m)
    return parts.filter((_, i) => i % 2 === 0).map((chunk, i) => {
      const quiz = /^quiz:\s*(\S+)\s*$/m.exec(parts[2 * i - 1] ?? '')?.[1]
      const comments = [...chunk.matchAll(/<!--([\s\S]*?)-->/g)]
      const last = comments.at(-1)
      const body = (last ? chunk.slice(0, last.index) + chunk.slice(last.index! + last[0].length) : chunk) + (quiz ? `\n${questionText(quiz)}` : '')
      return { where: `${file}, slide chunk ${i}`, body, note: last?.[1] ?? '' }
    })
  }).filter(s => s.body.trim() || s.note.trim())
}

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
