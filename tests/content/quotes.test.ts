import { describe, expect, it } from 'vitest'
import { normaliseTypography } from '../../content/article'
import { deckFiles, normalisedArticle } from '../fixtures/deck'

/** Markdown blockquotes, <blockquote> elements and “curly-quoted” passages, with the file they are in. */
function quotesIn(file: string, text: string): { file: string, quote: string }[] {
  const out: string[] = []
  const lines = text.split('\n')
  let block: string[] = []
  for (const line of [...lines, '']) {
    const m = /^\s*>\s?(.*)$/.exec(line)
    if (m) {
      block.push(m[1]!)
    }
    else if (block.length) {
      out.push(block.join(' '))
      block = []
    }
  }
  for (const m of text.matchAll(/<blockquote[^>]*>([\s\S]*?)<\/blockquote>/g)) out.push(m[1]!.replace(/<[^>]+>/g, ' '))
  for (const m of text.matchAll(/“([^”]+)”/g)) out.push(m[1]!)
  return out.map(quote => ({ file, quote: quote.replace(/[*_]{1,2}/g, '').trim() })).filter(q => q.quote)
}

/** A quote may leave words out with an ellipsis; each fragment must be in the article, in order. */
function inArticle(quote: string): boolean {
  let from = 0
  for (const part of normaliseTypography(quote).split(/\s*(?:…|\.\.\.)\s*/).map(p => p.trim()).filter(Boolean)) {
    const at = normalisedArticle.indexOf(part, from)
    if (at < 0)
      return false
    from = at + part.length
  }
  return true
}

const quotes = deckFiles().flatMap(([file, text]) => quotesIn(file, text))

describe('quotes on the slides and in the speaker notes', () => {
  it('exist in numbers worth checking', () => {
    expect(quotes.length).toBeGreaterThan(10)
  })

  it.each(quotes.map(q => [q.file, q.quote]))('in %s, “%s” is in the article verbatim', (_file, quote) => {
    expect(inArticle(quote)).toBe(true)
  })

  it('would catch a misquote', () => {
    expect(inArticle('Japan remains a net exporter of energy')).toBe(false)
    expect(inArticle('It helps that Japan remains a net importer of energy')).toBe(true)
  })
})
