// The context timeline must be in date order and every event must cite the article faithfully.

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { articleBody, articleParagraphs, normaliseTypography } from '../../content/article'
import { chronoKey, formatWhen, timeline } from '../../content/timeline'

const markdown = readFileSync(new URL('../../content/article.md', import.meta.url), 'utf8')
const paragraphs = articleParagraphs(markdown)

function quoteIsInParagraph(quote: string, paragraph: number): boolean {
  const text = paragraphs[paragraph - 1]
  return text !== undefined && normaliseTypography(text).includes(normaliseTypography(quote))
}

describe('the article helpers', () => {
  it('normalise curly quotes, dashes and whitespace', () => {
    expect(normaliseTypography('  \u201Cnew\u00A0approach\u201D \u2018eight point\u2019 \u2013 a\u2014b\u2212c \n d ')).toBe('"new approach" \'eight point\' - a-b-c d')
  })

  it('strip the frontmatter from the body', () => {
    expect(articleBody(markdown).startsWith('---')).toBe(false)
    expect(articleBody(markdown)).toContain('Searching for a common ground')
  })

  it('number the title as paragraph 1 and the date line as paragraph 2', () => {
    expect(paragraphs[0]).toBe('Searching for a common ground in Russia-Japan relations')
    expect(paragraphs[1]).toBe('July 23, 2016')
    expect(paragraphs[7]).toBe('The China factor')
    expect(paragraphs.at(-1)).toBe('The article was originally published in the Russia Direct.')
  })
})

describe('given the context timeline', () => {
  it('has the six events the context slide teaches', () => {
    expect(timeline).toHaveLength(6)
    expect(new Set(timeline.map(e => e.id)).size).toBe(timeline.length)
  })

  it('lists its events in chronological order', () => {
    for (let i = 1; i < timeline.length; i++) {
      const [before, after] = [timeline[i - 1]!, timeline[i]!]
      expect(chronoKey(after.when), `${before.id} must come before ${after.id}`).toBeGreaterThan(chronoKey(before.when))
    }
  })

  it('labels dates only as precisely as the article gives them', () => {
    expect(timeline.map(e => formatWhen(e.when))).toEqual(
      ['2014', 'May 2016', 'June 2016', '12 July 2016', '19 July 2016', 'End of 2016'],
    )
  })

  it('marks only the anticipated Putin visit as possible', () => {
    expect(timeline.filter(e => e.status === 'possible').map(e => e.id)).toEqual(['putin-visit'])
  })

  it.each(timeline.map(e => [e.id, e] as const))('cites a real paragraph for %s', (_id, event) => {
    expect(Number.isInteger(event.paragraph)).toBe(true)
    expect(event.paragraph).toBeGreaterThanOrEqual(1)
    expect(event.paragraph).toBeLessThanOrEqual(paragraphs.length)
  })

  it.each(timeline.map(e => [e.id, e] as const))('quotes %s verbatim from its paragraph', (_id, event) => {
    expect(event.quote.trim().length).toBeGreaterThan(20)
    expect(quoteIsInParagraph(event.quote, event.paragraph), `quote not found in paragraph ${event.paragraph}: ${event.quote}`).toBe(true)
  })

  it('would catch a quote cited to the wrong paragraph', () => {
    const event = timeline[0]!
    expect(quoteIsInParagraph(event.quote, event.paragraph + 1)).toBe(false)
    expect(quoteIsInParagraph(`${event.quote} and more`, event.paragraph)).toBe(false)
  })
})
