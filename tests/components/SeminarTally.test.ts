import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { reactive } from 'vue'
import { multiple, single } from '../fixtures/quiz'

const seminar = vi.hoisted(() => ({
  state: undefined as unknown as { live: boolean, audienceUrl: string, tallies: Record<string, unknown> },
  close: vi.fn(async () => true),
  reset: vi.fn(async () => true),
}))
vi.mock('../../seminar/client/useSeminar', () => ({ useSeminar: () => ({ state: seminar.state, close: seminar.close, reset: seminar.reset }) }))
const { default: SeminarTally } = await import('../../components/SeminarTally.vue')

beforeEach(() => {
  seminar.state = reactive({ live: true, audienceUrl: 'http://room.test:3031/vote', tallies: {} })
  seminar.close.mockClear()
})

describe('given a live select-all question', () => {
  const q = multiple()

  it('shows one bar per option with its count, and the number of voters', () => {
    seminar.state.tallies[q.id] = { questionId: q.id, counts: { p: 3, q: 1, r: 0, s: 2 }, voters: 4, right: 1, closed: false }
    const w = mount(SeminarTally, { props: { question: q } })
    expect(w.text()).toContain('Live votes: 4 voters')
    expect(w.findAll('.seminar-count').map(c => c.text())).toEqual(['3', '1', '0', '2'])
    expect(w.findAll('[data-mark="right"]')).toHaveLength(0)
  })

  it('marks every right option in words at the reveal step', () => {
    const w = mount(SeminarTally, { props: { question: q, revealed: true } })
    expect(w.findAll('li').map(li => li.attributes('data-mark'))).toEqual(['right', 'right', undefined, undefined])
    expect(w.findAll('li')[0]!.text()).toContain('✓ right answer')
  })
})

describe('given the presenter view', () => {
  const q = single()

  it('closes voting when the presenter reaches the reveal step, and not before', async () => {
    const w = mount(SeminarTally, { props: { question: q, presenter: true, current: true, revealed: false } })
    expect(seminar.close).not.toHaveBeenCalled()
    await w.setProps({ revealed: true })
    expect(seminar.close).toHaveBeenCalledWith(q.id)
  })

  it('leaves a question open that the presenter jumped over, though Slidev mounts its slide at the reveal step', async () => {
    const w = mount(SeminarTally, { props: { question: q, presenter: true, current: false, revealed: true } })
    await w.vm.$nextTick()
    expect(seminar.close).not.toHaveBeenCalled()
    // Coming to the slide on its reveal step (← from the next slide) shows the answer, so voting closes.
    await w.setProps({ current: true })
    expect(seminar.close).toHaveBeenCalledWith(q.id)
  })

  it('leaves closing to the presenter view: the projector never closes voting', () => {
    mount(SeminarTally, { props: { question: q, presenter: false, revealed: true } })
    expect(seminar.close).not.toHaveBeenCalled()
  })

  it('renders nothing without a seminar', () => {
    seminar.state.live = false
    expect(mount(SeminarTally, { props: { question: q } }).find('section').exists()).toBe(false)
  })
})
