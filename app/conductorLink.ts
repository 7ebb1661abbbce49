/**
 * Wires the presenter view to the conductor phone (seminar/client/conductor.ts) during a seminar: reads
 * Slidev's navigation, notes and timer, moves with Slidev's own `next()`/`prev()`, and listens for the phone's
 * commands on the deck's event stream. Only the presenter view reports or moves; the projector tab hears the
 * same events and ignores them, and follows the presenter view as it always does (Slidev's shared state).
 *
 * Slidev assumption (read from @slidev/client 52.20.1): `sharedState.timer` is the presenter view's timer, which
 * the projector and every other view follow, and writing to it starts or pauses that timer; `useNav()`'s
 * `next()`/`prev()` step as the arrow keys do. Not a build patch, so not in slidev/: checked in use by
 * tests/browser/conductor.spec.ts (steps and the notes on the phone); the timer is not driven in a browser test,
 * only its arithmetic in tests/seminar/client/conductor.test.ts.
 *
 * Usage (setup/main.ts, after `servedBySeminar()`): `linkConductor(app)`
 */

import type { App } from 'vue'
import type { DeckPosition } from '../seminar/client/conductor'
import { configs, sharedState, useNav } from '@slidev/client'
import { parseTimeString } from '@slidev/parser/utils'
import { nextTick, watch } from 'vue'
import { clickStepNames, createConductorLink, notesText, onClickStepNames, timerAfter } from '../seminar/client/conductor'
import { onSeminarEvent } from '../seminar/client/useSeminar'
import { seminarLanding } from './seminarSkip'

const endpoint = `${import.meta.env.BASE_URL}__seminar/conductor/position`

export function linkConductor(app: App) {
  const nav = app.runWithContext(() => useNav())
  const durationMs = configs.duration ? parseTimeString(configs.duration).seconds * 1000 : 0
  const infos = () => nav.slides.value.map(s => ({ no: s.no, frontmatter: s.meta.slide.frontmatter as Record<string, unknown> }))
  const slide = (no: number) => nav.slides.value[no - 1]?.meta.slide

  function read(): DeckPosition {
    const no = nav.currentSlideNo.value
    const s = slide(no)
    const total = nav.total.value
    // The slide → lands on in a seminar (slides for a reader alone are passed over).
    const nextNo = no < total ? seminarLanding(infos(), no + 1, no) : undefined
    const quiz = s?.frontmatter.quiz
    const nextSlide = nextNo && nextNo > no ? slide(nextNo) : undefined
    const nextQuiz = nextSlide?.frontmatter.quiz
    return {
      no,
      total,
      clicks: nav.clicks.value,
      clicksTotal: nav.clicksTotal.value,
      title: s?.title ?? '',
      nextNo: nextSlide ? nextNo! : null,
      // A quiz slide has no heading: the server names it by its question.
      nextTitle: nextSlide?.title ?? null,
      nextQuestionId: typeof nextQuiz === 'string' ? nextQuiz : null,
      notes: notesText(s?.noteHTML ?? ''),
      questionId: typeof quiz === 'string' ? quiz : null,
      stepNames: clickStepNames(no),
      timer: { status: sharedState.timer.status, startedAt: sharedState.timer.startedAt, pausedAt: sharedState.timer.pausedAt },
      durationMs,
    }
  }

  const post = (body: unknown) => fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).catch(() => undefined)
  const link = createConductorLink({
    read,
    where: () => ({ no: nav.currentSlideNo.value, clicks: nav.clicks.value }),
    next: () => nav.next(),
    prev: () => nav.prev(),
    setTimer(run) {
      Object.assign(sharedState.timer, timerAfter(sharedState.timer, run))
    },
    post,
    // The move's route and the slide's own reactions to its new step (a skipped quiz slide moves on) settle first.
    settle: async () => {
      await nextTick()
      await new Promise(r => setTimeout(r, 0))
      await nextTick()
    },
  })

  const presenter = () => nav.isPresenter.value
  // The notes too: the built deck fetches them the first time they are read (app/notes.ts).
  watch(() => [presenter(), nav.currentSlideNo.value, nav.clicks.value, nav.clicksTotal.value, sharedState.timer.status, slide(nav.currentSlideNo.value)?.noteHTML], () => {
    if (presenter())
      void link.report()
  }, { immediate: true })
  onClickStepNames((no) => {
    if (presenter() && no === nav.currentSlideNo.value)
      void link.report()
  })
  onSeminarEvent('conduct', (c) => {
    if (presenter())
      void link.apply(c as Parameters<typeof link.apply>[0])
  })
  // The server may have restarted: it learns where the deck is again.
  onSeminarEvent('state', () => {
    if (presenter())
      void link.reportAgain()
  })
}
