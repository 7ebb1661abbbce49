// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { reactive } from 'vue'
import { multiple, single } from '../fixtures/quiz'

const seminar = vi.hoisted(() => ({
  state: undefined as unknown as { live: boolean, audienceUrl: string, tallies: Record<string, unknown>, refused: { address: string, devices: number }[] },
  close: vi.fn(async () => true),
  reset: vi.fn(async () => true),
  allow: vi.fn(async () => true),
}))
vi.mock('../../seminar/client/useSeminar', () => ({ useSeminar: () => ({ state: seminar.state, close: seminar.close, reset: seminar.reset, allow: seminar.allow }) }))
const { default: SeminarTally } = await import('../../components/SeminarTally.vue')

beforeEach(() => {
  seminar.state = reactive({ live: true, audienceUrl: 'http://room.test:3031/vote', tallies: {}, refused: [] })
  seminar.close.mockClear()
  seminar.reset.mockClear()
})

describe('given a live select-all question', () => {
  const q = multiple()

  it('shows one bar per option with its count, and the number of voters', () => {
    seminar.state.tallies[q.id] = { questionId: q.id, counts: { p: 3, q: 1, r: 0, s: 2 }, voters: 4, right: 1, closed: false }
    const w = mount(SeminarTally, { props: { question: q } })
    expect(w.text()).toContain('Live votes: 4 voters')
    expect(w.findAll('.seminar-count').map(c => c.text())).toEqual(['3', '1', '0', '2'])
    expect(w.findAll('[data-mark="key"]')).toHaveLength(0)
  })

  it('draws every bar on one scale: its length is the share of voters, whatever the row\'s label says', () => {
    seminar.state.tallies[q.id] = { questionId: q.id, counts: { p: 2, q: 1, r: 0, s: 4 }, voters: 4, right: 1, closed: true }
    const w = mount(SeminarTally, { props: { question: q, revealed: true } })
    expect(w.findAll('.seminar-bar span').map(b => (b.element as HTMLElement).style.width)).toEqual(['50%', '25%', '0%', '100%'])
    // The ✓ sits beside the count, out of the label column.
    expect(w.findAll('.seminar-label').map(l => l.text())).toEqual(['A', 'B', 'C', 'D'])
    expect(w.findAll('.seminar-key').map(k => k.text())).toEqual(['✓ right answer', '✓ right answer', '', ''])
  })

  it('marks every right option in words at the reveal step', () => {
    const w = mount(SeminarTally, { props: { question: q, revealed: true } })
    expect(w.findAll('li').map(li => li.attributes('data-mark'))).toEqual(['key', 'key', undefined, undefined])
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

  it('asks "Delete N votes?" before a reset, and keeping them deletes nothing', async () => {
    seminar.state.tallies[q.id] = { questionId: q.id, counts: { x: 2, y: 1 }, voters: 3, right: 1, closed: true }
    const w = mount(SeminarTally, { props: { question: q, presenter: true, current: true, revealed: true }, attachTo: document.body })
    await w.get('button').trigger('click')
    expect(w.get('[role="group"]').text()).toContain('Delete 3 votes?')
    expect(document.activeElement?.textContent).toBe('Delete')
    await w.findAll('button').find(b => b.text() === 'Keep them')!.trigger('click')
    expect(seminar.reset).not.toHaveBeenCalled()
    expect(w.emitted('reopen')).toBeUndefined()
    expect(w.get('button').text()).toBe('Reset votes')
    w.unmount()
  })

  it('goes back to the open step first, then deletes the votes, so the reveal step does not close the question again', async () => {
    seminar.state.tallies[q.id] = { questionId: q.id, counts: { x: 1, y: 0 }, voters: 1, right: 1, closed: true }
    const order: string[] = []
    seminar.reset.mockImplementationOnce(async () => {
      order.push('reset')
      return true
    })
    const w = mount(SeminarTally, { props: { question: q, presenter: true, current: true, revealed: true, onReopen: () => order.push('reopen') } })
    await w.get('button').trigger('click')
    expect(w.get('[role="group"]').text()).toContain('Delete 1 vote?')
    await w.findAll('button').find(b => b.text() === 'Delete')!.trigger('click')
    await flushPromises()
    expect(order).toEqual(['reopen', 'reset'])
    expect(seminar.reset).toHaveBeenCalledWith(q.id)
  })

  it('says how many phones one address had refused, and lets them in', async () => {
    const w = mount(SeminarTally, { props: { question: q, presenter: true } })
    expect(w.find('.seminar-refused').exists()).toBe(false)
    seminar.state.refused = [{ address: '10.0.0.7', devices: 3 }]
    await w.vm.$nextTick()
    expect(w.get('.seminar-refused').text()).toContain('3 phones refused from one address (10.0.0.7)')
    await w.findAll('button').find(b => b.text() === 'Allow them')!.trigger('click')
    expect(seminar.allow).toHaveBeenCalledWith('10.0.0.7')
    // Never on the projector.
    expect(mount(SeminarTally, { props: { question: q } }).find('.seminar-refused').exists()).toBe(false)
  })

  it('renders nothing without a seminar', () => {
    seminar.state.live = false
    expect(mount(SeminarTally, { props: { question: q } }).find('section').exists()).toBe(false)
  })
})
