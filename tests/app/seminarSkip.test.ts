import type { SlideInfo } from '../../app/deckIndex'
import { describe, expect, it } from 'vitest'
import { hiddenInSeminar, seminarLanding, slideNamed } from '../../app/seminarSkip'
import { deckSlides } from '../fixtures/deck'

// 1 cover, 2 and 3 for readers alone, 4 join, 5 a slide, 6 for readers alone.
const slides: SlideInfo[] = [
  { no: 1, frontmatter: { routeAlias: 'title' } },
  { no: 2, frontmatter: { routeAlias: 'how-to-use', seminar: 'hide' } },
  { no: 3, frontmatter: { seminar: 'hide' } },
  { no: 4, frontmatter: { routeAlias: 'join' } },
  { no: 5, frontmatter: {} },
  { no: 6, frontmatter: { seminar: 'hide' } },
]

describe('given a seminar and slides for a reader alone', () => {
  it('passes over them going forward, with → or g, and lands on the next slide shown', () => {
    expect(seminarLanding(slides, 2, 1)).toBe(4)
    expect(seminarLanding(slides, 3, 1)).toBe(4)
    expect(seminarLanding(slides, 2)).toBe(4)
  })

  it('passes over them going back, and lands on the slide shown before them', () => {
    expect(seminarLanding(slides, 3, 4)).toBe(1)
    expect(seminarLanding(slides, 2, 5)).toBe(1)
  })

  it('turns round at either end of the deck, and leaves every other move alone', () => {
    expect(seminarLanding(slides, 6, 5)).toBe(5)
    expect(seminarLanding([slides[1]!, slides[3]!], 2, 4)).toBe(4)
    expect(seminarLanding(slides, 5, 4)).toBe(5)
    expect(seminarLanding(slides, 1, 4)).toBe(1)
  })

  it('finds a slide by number or by its alias, as a route names it', () => {
    expect(slideNamed(slides, 'how-to-use')?.no).toBe(2)
    expect(slideNamed(slides, '5')?.no).toBe(5)
    expect(slideNamed(slides, 'nowhere')).toBeUndefined()
  })

  it('in this deck, hides the slides on how to use it, its quizzes and printing, and no quiz', async () => {
    const deck = await deckSlides()
    const hidden = deck.filter(s => hiddenInSeminar(s.frontmatter))
    expect(hidden.map(s => s.frontmatter.routeAlias)).toEqual(['how-to-use', 'how-to-quizzes'])
    for (const s of hidden) expect(s.frontmatter.quiz).toBeUndefined()
  })
})
