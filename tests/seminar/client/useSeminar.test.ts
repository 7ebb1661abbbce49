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

  it('reports nothing from the projector, or where no seminar served the page', async () => {
    await reportPresenterSlide('/9', deck)
    document.head.innerHTML = ''
    await reportPresenterSlide('/presenter/9', deck)
    expect(sent).not.toHaveBeenCalled()
  })
})
