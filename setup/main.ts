/**
 * App setup: in the SCORM package, the link to the LMS; during a seminar (a page the seminar's server
 * served), the presenter view reports its slide to that server so that the audience's phones show the
 * current quiz question, and slides for a reader studying alone are passed over (app/seminarSkip.ts) before
 * any screen shows them: the presenter view, and the projector, which follows it or is opened on one. A votable
 * quiz slide gets peer instruction's click steps (its `seminarClicks:`, which the preparser writes): round 1, the
 * discussion, round 2, the reveal; the self-study deck keeps its one step, the reveal.
 */

import type { SlideInfo } from '../app/deckIndex'
import { useNav } from '@slidev/client'
import { defineAppSetup } from '@slidev/types'
import { linkConductor } from '../app/conductorLink'
import { seminarLanding, slideNamed, withSeminarClicks } from '../app/seminarSkip'
import { useDeckIndex } from '../app/useDeckIndex'
import { reportPresenterSlide, servedBySeminar } from '../seminar/client/useSeminar'

/** Slidev's routes for a slide on the projector (`/12`) and in the presenter view (`/presenter/12`). */
const SLIDE_ROUTES = new Set(['play', 'presenter'])

export default defineAppSetup(({ app, router }) => {
  if (__DECK_SCORM__)
    void import('../lms/startScorm').then(m => m.startScorm(router))
  if (!servedBySeminar())
    return
  // Slidev's slide list, through its public composable, which needs the app's router: it may run before any component.
  const slides = (): SlideInfo[] => app.runWithContext(() => useNav()).slides.value.map(s => ({ no: s.no, frontmatter: s.meta.slide.frontmatter }))
  let stepped = false
  router.beforeEach((to, from) => {
    // Before any slide is shown, so its click steps are counted from the start.
    if (!stepped) {
      stepped = true
      for (const s of slides()) withSeminarClicks(s.frontmatter)
    }
    if (!SLIDE_ROUTES.has(String(to.name)))
      return true
    const list = slides()
    const target = slideNamed(list, to.params.no)
    if (!target)
      return true
    const landing = seminarLanding(list, target.no, SLIDE_ROUTES.has(String(from.name)) ? slideNamed(list, from.params.no)?.no : undefined)
    if (landing === target.no)
      return true
    const at = list.find(s => s.no === landing)!
    // Forward lands on the slide's first step; back keeps the last step that the left arrow asked for.
    const { clicks, ...query } = to.query
    return { name: to.name, params: { ...to.params, no: String(at.frontmatter.routeAlias ?? landing) }, query: landing > target.no ? query : { ...query, clicks }, hash: to.hash, replace: true }
  })
  let deck: ReturnType<typeof useDeckIndex>['deck'] | undefined
  router.afterEach((to) => {
    deck ??= useDeckIndex().deck
    const at = deck.value
    // After this move's render, not before it: Slidev's own after-hook, which tells the projector tab to follow,
    // runs after this one, and a request started here (a few milliseconds on a busy laptop) would hold it up.
    setTimeout(() => void reportPresenterSlide(to.path, at), 0)
  })
  // The presenter's phone as a conductor: where the deck is, and its taps applied as the arrow keys.
  linkConductor(app)
})
