/**
 * The deck as the printouts read it: every slide of `slides.md` (its `src:` pages resolved) through Slidev's
 * public parser, numbered from 1 as the deck PDF's pages are.
 *
 * Usage: `const slides = await printSlides()`; `inStudentHandout(slide)`
 */

import { sourceSlides } from '../deckSource'

const TAG = /<[^>]*>/g

export interface PrintSlide {
  no: number
  /** The slide's title as text ('' for a slide without one). */
  title: string
  frontmatter: Record<string, unknown>
  /** Its markdown, without frontmatter and notes. */
  content: string
  /** Its speaker notes as written (no answer key yet). */
  note?: string
  /** The question a quiz slide (`layout: quiz`, `quiz: <id>`) asks. */
  quiz?: string
}

export async function printSlides(): Promise<PrintSlide[]> {
  return (await sourceSlides()).map(s => ({
    no: s.no,
    title: s.title?.replace(TAG, '').trim() ?? '',
    frontmatter: s.frontmatter,
    content: s.content,
    note: s.note,
    quiz: s.frontmatter.layout === 'quiz' && typeof s.frontmatter.quiz === 'string' ? s.frontmatter.quiz : undefined,
  }))
}

/**
 * Whether the students' handout shows the slide: all but those marked `studentHandout: false`, which speak to
 * the presenter or to someone at the deck's screen (joining the live quiz, one's own results, how to run the deck).
 */
export const inStudentHandout = (slide: PrintSlide): boolean => slide.frontmatter.studentHandout !== false
