/**
 * Slides for a reader studying alone (how to use the deck, quizzes and printing: `seminar: hide` in their
 * frontmatter) are passed over in a seminar, on the presenter view and so on the projector, which follows it.
 * A move onto one lands on the nearest slide shown in the direction of travel (the right arrow and `g` forward, the left arrow back),
 * or the other way at either end of the deck. One build serves both: Slidev's own `hide` would drop the
 * slides from the self-study deck too.
 *
 * Usage: `const no = seminarLanding(slides, to, from)`; `if (no !== to) …redirect to slide no`
 */

import type { SlideInfo } from './deckIndex'

/** Whether a slide speaks only to a reader studying alone, so a seminar passes over it. */
export const hiddenInSeminar = (frontmatter: Record<string, unknown>) => frontmatter.seminar === 'hide'

/**
 * A votable quiz slide's click steps in a seminar (its `seminarClicks:`): peer instruction's rounds before the reveal.
 * Slidev assumption (read from @slidev/client 52.20.1): a slide's click total comes from `frontmatter.clicks` when
 * its clicks context is made, so setting it before the first route is shown (setup/main.ts) gives every view the
 * seminar's steps. Checked in use by tests/browser/seminar.spec.ts (the lecturer's walk: each question closes at
 * its reveal) and quiz-fit.spec.ts (the projector at the reveal's step).
 */
export function withSeminarClicks(frontmatter: Record<string, unknown>) {
  if (typeof frontmatter.seminarClicks === 'number')
    frontmatter.clicks = frontmatter.seminarClicks
}

/** The slide numbered or named (`routeAlias`) by a route's `no` parameter. */
export function slideNamed(slides: readonly SlideInfo[], param: unknown): SlideInfo | undefined {
  const p = String(param)
  return slides.find(s => String(s.no) === p || s.frontmatter.routeAlias === p)
}

/** Where a seminar lands for a move to slide `to` from slide `from` (none: a page opened afresh, taken as forward). */
export function seminarLanding(slides: readonly SlideInfo[], to: number, from?: number): number {
  const shown = (no: number) => {
    const s = slides.find(x => x.no === no)
    return !!s && !hiddenInSeminar(s.frontmatter)
  }
  if (shown(to))
    return to
  const last = Math.max(0, ...slides.map(s => s.no))
  const seek = (step: 1 | -1) => {
    for (let no = to + step; no >= 1 && no <= last; no += step) {
      if (shown(no))
        return no
    }
    return undefined
  }
  const back = from !== undefined && to < from
  return (back ? seek(-1) ?? seek(1) : seek(1) ?? seek(-1)) ?? to
}
