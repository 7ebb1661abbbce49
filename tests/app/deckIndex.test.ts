import { describe, expect, it } from 'vitest'
import { indexDeck } from '../../app/deckIndex'

describe('the deck index', () => {
  const deck = indexDeck([
    { no: 1, frontmatter: { routeAlias: 'title', section: 'Title' } },
    { no: 2, frontmatter: {} },
    { no: 3, frontmatter: { section: 'China', routeAlias: 'china' } },
    { no: 4, frontmatter: { layout: 'quiz', quiz: 'china-q1' } },
  ])
  it('finds slides by alias and by quiz question', () => {
    expect(deck.slideOfAlias('china')).toBe(3)
    expect(deck.slideOfQuestion('china-q1')).toBe(4)
    expect(deck.slideOfAlias('nope')).toBeUndefined()
    expect(deck.questionAt(4)).toBe('china-q1')
    expect(deck.questionAt(3)).toBeUndefined()
  })
  it('gives each slide the nearest section at or before it', () => {
    expect([1, 2, 3, 4].map(deck.sectionAt)).toEqual(['Title', 'Title', 'China', 'China'])
  })
})
