// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { reportPresenterSlide } from '../../../seminar/client/useSeminar'
import { SEMINAR_MARK } from '../../../seminar/protocol'

const deck = {
  questionAt: (no: number) => ({ 9: 'context-backdrop' } as Record<number, string>)[no],
  slideOfAlias: (alias: string) => ({ join: 4, sources: 72 } as Record<string, number>)[alias],
}
const sent = vi.fn(async (_url: string, _init: RequestInit) => new Response('{}'))

beforeEach(() => {
  document.head.innerHTML = SEMINAR_MARK
  sent.mockClear()
  vi.stubGlobal('fetch', sent)
})
afterEach(() => {
  vi.unstubAllGlobals()
  document.head.innerHTML = ''
})

const reported = () => sent.mock.calls.map(([url, init]) => [String(url).replace(/^.*__seminar\//, ''), JSON.parse(String(init.body))])

describe('given the presenter view during a seminar', () => {
  it('opens the question of a quiz slide, and none on a slide named by an alias (the Join slide, the last slides)', async () => {
    await reportPresenterSlide('/presenter/9', deck)
    await reportPresenterSlide('/presenter/join', deck)
    await reportPresenterSlide('/presenter/sources', deck)
    await reportPresenterSlide('/presenter/12', deck)
    expect(reported()).toEqual([
      ['current', { questionId: 'context-backdrop' }],
      ['current', { questionId: null }],
      ['current', { questionId: null }],
      ['current', { questionId: null }],
    ])
  })

  it('sends its reports one after another, so a slide left behind never reaches the server after the next one', async () => {
    // The first request is slow (a busy laptop); the second must not start before it has finished.
    const order: string[] = []
    let release!: () => void
    const slow = new Promise<void>((r) => {
      release = r
    })
    sent.mockImplementation(async (_url, init) => {
      const { questionId } = JSON.parse(String(init.body)) as { questionId: string | null }
      order.push(`start ${questionId}`)
      if (questionId === null)
        await slow
      order.push(`end ${questionId}`)
      return new Response('{}')
    })
    const leaving = reportPresenterSlide('/presenter/8', deck)
    const arriving = reportPresenterSlide('/presenter/9', deck)
    await new Promise(r => setTimeout(r, 10))
    release()
    await Promise.all([leaving, arriving])
    expect(order).toEqual(['start null', 'end null', 'start context-backdrop', 'end context-backdrop'])
  })

  it('reports nothing from the projector, or where no seminar served the page', async () => {
    await reportPresenterSlide('/9', deck)
    document.head.innerHTML = ''
    await reportPresenterSlide('/presenter/9', deck)
    expect(sent).not.toHaveBeenCalled()
  })
})

describe('given today\'s plan from the seminar\'s server', () => {
  it('leaves out of the plan a question the server does not open, from the first word of the server on, through a lost connection, and nothing before', async () => {
    const streams: (EventTarget & { readyState: number })[] = []
    vi.stubGlobal('EventSource', class extends EventTarget {
      static CLOSED = 2
      readyState = 1
      constructor() {
        super()
        streams.push(this)
      }
    })
    vi.resetModules()
    const { outOfPlan, useSeminar } = await import('../../../seminar/client/useSeminar')
    useSeminar()
    expect(outOfPlan('context-signals')).toBe(false)
    const state = { audienceUrl: 'http://room.test/vote', record: 'class', plan: ['context-backdrop'], seq: 1, tallies: [], asked: [], refused: [] }
    streams[0]!.dispatchEvent(Object.assign(new Event('state'), { data: JSON.stringify(state) }))
    expect(outOfPlan('context-signals')).toBe(true)
    expect(outOfPlan('context-backdrop')).toBe(false)
    // The laptop's server out of reach (a crash): the slide still says it is skipped, and → still shows no answer.
    streams[0]!.readyState = 2
    streams[0]!.dispatchEvent(new Event('error'))
    expect(useSeminar().state.live).toBe(false)
    expect(outOfPlan('context-signals')).toBe(true)
  })
})
