// The article's numbering, as the reader (/article) shows it and as every citation in the deck uses it.

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { articleStructure, linkParagraphRefs, NUMBERING_RULE, paragraphPath, paragraphsContaining } from '../../content/article'

const markdown = readFileSync(new URL('../../content/article.md', import.meta.url), 'utf8')
const structure = articleStructure(markdown)

describe('given the article as the reader numbers it', () => {
  it('has 29 numbered paragraphs, the last one the source line', () => {
    expect(structure).toHaveLength(29)
    expect(structure.at(-1)).toEqual({ n: 29, kind: 'text', text: 'The article was originally published in the Russia Direct.' })
  })

  it('numbers the title 1, the date 2 and the opening sentence 3, as the stated rule says', () => {
    expect(NUMBERING_RULE).toContain('the title is paragraph 1')
    expect(NUMBERING_RULE).toContain('the date is paragraph 2')
    expect(NUMBERING_RULE).toContain('the opening sentence is paragraph 3')
    expect(structure[0]).toMatchObject({ n: 1, kind: 'title', text: 'Searching for a common ground in Russia-Japan relations' })
    expect(structure[1]).toMatchObject({ n: 2, kind: 'date', text: 'July 23, 2016' })
    expect(structure[2]!.text).toMatch(/^The shifting security environment/)
  })

  it('counts exactly the three section headings as paragraphs of their own', () => {
    expect(NUMBERING_RULE).toContain('each section heading counts as a paragraph')
    expect(structure.filter(p => p.kind === 'heading').map(p => [p.n, p.text])).toEqual([
      [8, 'The China factor'],
      [15, 'Contours of rapprochement'],
      [22, 'Limits of the reconciliation'],
    ])
  })

  it('finds the paragraph that holds a quote, whatever its typography', () => {
    expect(paragraphsContaining(markdown, 'These optics would not have been lost in the Kremlin either.')).toEqual([23])
    expect(paragraphsContaining(markdown, 'The agenda involved a "new approach"')).toEqual([5])
    expect(paragraphsContaining(markdown, 'Japan remains a net exporter of energy')).toEqual([])
  })
})

describe('given a paragraph number', () => {
  it('gives the reader path of its anchor, relative to the router', () => {
    expect(paragraphPath(12)).toBe('/article#p12')
    expect(paragraphPath(1)).toBe('/article#p1')
  })
})

describe('given speaker notes that cite paragraphs', () => {
  it('links each paragraph reference relatively, so that any deploy base works', () => {
    expect(linkParagraphRefs('From the article: paragraph 3, paragraph 12.'))
      .toBe('From the article: [paragraph 3](article#p3), [paragraph 12](article#p12).')
  })

  it('leaves existing links, other numbers and other words alone', () => {
    const note = 'See [paragraph 4](article#p4) and slide 12; paragraphs 5 to 6 and paragraph12 stay as they are.'
    expect(linkParagraphRefs(note)).toBe(note)
  })
})
