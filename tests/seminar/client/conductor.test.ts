// @vitest-environment happy-dom
// The presenter view's side of the conductor phone: commands applied only where they were pressed, in order,
// each answered; reports sent when the deck moved; the hook for step names; Slidev's timer started and paused.

import type { DeckPosition } from '../../../seminar/client/conductor'
import { describe, expect, it } from 'vitest'
import { clickStepNames, createConductorLink, notesText, onClickStepNames, setClickStepNames, timerAfter } from '../../../seminar/client/conductor'

function deck(clicksTotal = 2) {
  const at = { no: 1, clicks: 0 }
  const read = (): DeckPosition => ({
    no: at.no,
    total: 5,
    clicks: at.clicks,
    clicksTotal,
    title: `Slide ${at.no}`,
    nextNo: null,
    nextTitle: null,
    nextQuestionId: null,
    notes: '',
    questionId: null,
    stepNames: null,
    timer: { status: 'stopped', startedAt: 0, pausedAt: 0 },
    durationMs: 0,
  })
  const sent: { position: DeckPosition, done?: number, applied?: boolean }[] = []
  const timer: boolean[] = []
  const link = createConductorLink({
    read,
    // Like Slidev: click steps first, then the next slide at its first step (after a pause, as a route change takes).
    next: async () => {
      await new Promise(r => setTimeout(r, 2))
      if (at.clicks < clicksTotal)
        at.clicks += 1
      else Object.assign(at, { no: at.no + 1, clicks: 0 })
    },
    prev: async () => {
      if (at.clicks > 0)
        at.clicks -= 1
      else Object.assign(at, { no: at.no - 1, clicks: clicksTotal })
    },
    setTimer: run => void timer.push(run),
    post: async body => void sent.push(body),
    settle: async () => {},
  })
  return { at, link, sent, timer }
}

describe('given the presenter view and the conductor phone', () => {
  it('applies a command pressed where the deck is, with the deck\'s own next, and answers with the new place', async () => {
    const d = deck()
    await d.link.apply({ id: 1, action: 'next', no: 1, clicks: 0 })
    expect(d.at).toEqual({ no: 1, clicks: 1 })
    expect(d.sent.at(-1)).toMatchObject({ done: 1, applied: true, position: { no: 1, clicks: 1 } })
  })

  it('does not apply a command pressed on a step the deck has left, and says so', async () => {
    const d = deck()
    await d.link.apply({ id: 1, action: 'next', no: 1, clicks: 0 })
    await d.link.apply({ id: 2, action: 'next', no: 1, clicks: 0 })
    expect(d.at).toEqual({ no: 1, clicks: 1 })
    expect(d.sent.at(-1)).toMatchObject({ done: 2, applied: false })
  })

  it('applies commands one after another in the order they came, across a slide\'s last step', async () => {
    const d = deck(1)
    const steps = [[1, 0], [1, 1], [2, 0], [2, 1]]
    await Promise.all(steps.map(([no, clicks], i) => d.link.apply({ id: i + 1, action: 'next', no: no!, clicks: clicks! })))
    expect(d.at).toEqual({ no: 3, clicks: 0 })
    expect(d.sent.map(s => [s.done, s.applied])).toEqual([[1, true], [2, true], [3, true], [4, true]])
  })

  it('reports where the deck is only when it moved, and again on request', async () => {
    const d = deck()
    await d.link.report()
    await d.link.report()
    d.at.clicks = 2
    await d.link.report()
    await d.link.reportAgain()
    expect(d.sent.map(s => s.position.clicks)).toEqual([0, 2, 2])
  })

  it('checks where the deck is with the light `where` before it moves, and reads the whole position only for its answer', async () => {
    const at = { no: 3, clicks: 1 }
    const calls: string[] = []
    const link = createConductorLink({
      read: () => {
        calls.push('read')
        return { no: at.no, total: 5, clicks: at.clicks, clicksTotal: 2, title: '', nextNo: null, nextTitle: null, nextQuestionId: null, notes: '', questionId: null, stepNames: null, timer: { status: 'stopped', startedAt: 0, pausedAt: 0 }, durationMs: 0 }
      },
      where: () => {
        calls.push('where')
        return { ...at }
      },
      next: async () => {
        calls.push('next')
        at.clicks += 1
      },
      prev: async () => {},
      setTimer: () => {},
      post: async () => {},
      settle: async () => {},
    })
    await link.apply({ id: 1, action: 'next', no: 3, clicks: 1 })
    await link.apply({ id: 2, action: 'next', no: 3, clicks: 1 })
    expect(calls).toEqual(['where', 'next', 'read', 'where', 'read'])
    expect(at).toEqual({ no: 3, clicks: 2 })
  })

  it('starts and pauses the timer on command', async () => {
    const d = deck()
    await d.link.apply({ id: 1, action: 'timer', run: true })
    expect(d.timer).toEqual([true])
    expect(d.sent.at(-1)).toMatchObject({ done: 1, applied: true })
  })

  it('keeps the names a slide gives its click steps, until it forgets them', () => {
    expect(clickStepNames(7)).toBeNull()
    setClickStepNames(7, ['Round 1', 'Discuss', 'Round 2', 'Reveal'])
    expect(clickStepNames(7)).toEqual(['Round 1', 'Discuss', 'Round 2', 'Reveal'])
    setClickStepNames(7, undefined)
    expect(clickStepNames(7)).toBeNull()
  })

  it('says when a slide names its steps, or changes them, so that the phone hears it even after the slide\'s position went out', () => {
    const heard: number[] = []
    const stop = onClickStepNames(no => heard.push(no))
    setClickStepNames(8, ['Round 1', 'Discuss', 'Round 2', 'Reveal'])
    setClickStepNames(8, ['Round 1', 'Discuss', 'Round 2', 'Reveal'])
    setClickStepNames(8, undefined)
    stop()
    setClickStepNames(8, ['Round 1'])
    expect(heard).toEqual([8, 8])
  })

  it('runs Slidev\'s timer as its own presenter timer does', () => {
    const stopped = { status: 'stopped' as const, startedAt: 0, pausedAt: 0 }
    const running = timerAfter(stopped, true, 1000)
    expect(running).toEqual({ status: 'running', startedAt: 1000, pausedAt: 0 })
    const paused = timerAfter(running, false, 4000)
    expect(paused).toEqual({ status: 'paused', startedAt: 1000, pausedAt: 4000 })
    // Resumed 10 s later, it has still run 3 s.
    expect(timerAfter(paused, true, 14000)).toEqual({ status: 'running', startedAt: 11000, pausedAt: 4000 })
    expect(timerAfter(running, true, 5000)).toBe(running)
  })
})

describe('given a slide\'s rendered notes', () => {
  it('gives the phone plain text: a paragraph per block, a line per list item, no markup', () => {
    const html = '<p><strong>Answer: B</strong> (paragraph 4).</p>\n<p>Discussion prompt: <a href="/article#p4">why</a>?</p>\n<ul><li>one</li><li>two</li></ul><img src="x" onerror="boom()">'
    expect(notesText(html)).toBe('Answer: B (paragraph 4).\n\nDiscussion prompt: why?\n\n• one\n• two')
    expect(notesText('')).toBe('')
  })
})

describe('given reports on a slow connection', () => {
  it('sends them one after another, so the server never ends with an older place', async () => {
    const at = { no: 1 }
    const arrived: number[] = []
    const link = createConductorLink({
      read: () => ({ no: at.no, total: 5, clicks: 0, clicksTotal: 0, title: '', nextNo: null, nextTitle: null, nextQuestionId: null, notes: '', questionId: null, stepNames: null, timer: { status: 'stopped', startedAt: 0, pausedAt: 0 }, durationMs: 0 }),
      next: async () => {},
      prev: async () => {},
      setTimer: () => {},
      // The first report is slow on the wire; the second would overtake it if both were in flight.
      post: async ({ position }) => {
        await new Promise(r => setTimeout(r, position.no === 1 ? 30 : 1))
        arrived.push(position.no)
      },
      settle: async () => {},
    })
    const first = link.report()
    at.no = 2
    await Promise.all([first, link.report()])
    expect(arrived.at(-1)).toBe(2)
    expect(arrived).toEqual([2])
  })
})
