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
  step: vi.fn(async () => true),
}))
vi.mock('../../seminar/client/useSeminar', () => ({ useSeminar: () => ({ state: seminar.state, close: seminar.close, reset: seminar.reset, allow: seminar.allow, step: seminar.step }) }))
const { default: SeminarTally } = await import('../../components/SeminarTally.vue')

beforeEach(() => {
  seminar.state = reactive({ live: true, audienceUrl: 'http://room.test:3031/vote', tallies: {}, refused: [] })
  seminar.close.mockClear()
  seminar.reset.mockClear()
  seminar.step.mockClear()
})

describe('given a live select-all question', () => {
  const q = multiple()

  it('shows the presenter view one bar per option with its count, and the number of voters', () => {
    seminar.state.tallies[q.id] = { questionId: q.id, counts: { p: 3, q: 1, r: 0, s: 2 }, voters: 4, right: 1, closed: false }
    const w = mount(SeminarTally, { props: { question: q, presenter: true } })
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

function round(counts: Record<string, number>, voters: number, right: number, by: Partial<Record<'guess' | 'fair' | 'sure' | 'none', { voters: number, right: number }>> = {}) {
  return { counts, voters, right, byConfidence: { guess: { voters: 0, right: 0 }, fair: { voters: 0, right: 0 }, sure: { voters: 0, right: 0 }, none: { voters: 0, right: 0 }, ...by } }
}

describe('given blind voting and peer instruction on a single-choice question', () => {
  const q = single()
  const first = round({ x: 2, y: 3, z: 0 }, 5, 2, { sure: { voters: 3, right: 1 }, guess: { voters: 2, right: 1 } })
  const second = round({ x: 4, y: 1, z: 0 }, 5, 4, { sure: { voters: 4, right: 4 }, none: { voters: 1, right: 0 } })

  it('shows the projector the number of voters and nothing of the distribution until the reveal: no bar, no count in its page', async () => {
    seminar.state.tallies[q.id] = { questionId: q.id, ...first, closed: false, step: 'round1', rounds: [first] }
    for (const stage of ['round1', 'discuss', 'round2'] as const) {
      const w = mount(SeminarTally, { props: { question: q, stage } })
      expect(w.text()).toContain('Live votes: 5 voters')
      expect(w.findAll('li, .seminar-bar, .seminar-count, .seminar-count-before')).toHaveLength(0)
      expect(w.html()).not.toMatch(/width: \d/)
      expect(w.text().includes('Convince your neighbour')).toBe(stage === 'discuss')
    }
    const revealed = mount(SeminarTally, { props: { question: q, stage: 'reveal' } })
    expect(revealed.findAll('.seminar-count').map(c => c.text())).toEqual(['2', '3', '0'])
  })

  it('suggests, after round 1, what the 30–70% band says: discuss inside it, reveal above, the Review slide below', () => {
    const advice = (right: number) => {
      const r = round({ x: right, y: 10 - right, z: 0 }, 10, right)
      seminar.state.tallies[q.id] = { questionId: q.id, ...r, closed: false, step: 'round1', rounds: [r] }
      return mount(SeminarTally, { props: { question: q, stage: 'round1', presenter: true } }).get('.seminar-advice').attributes('data-advice')
    }
    expect([advice(2), advice(3), advice(5), advice(7), advice(8)]).toEqual(['review', 'discuss', 'discuss', 'discuss', 'reveal'])
  })

  it('shows the presenter view share right by confidence, and both rounds side by side with who moved; the projector sees them at the reveal', () => {
    seminar.state.tallies[q.id] = { questionId: q.id, ...second, closed: false, step: 'round2', rounds: [first, second], moved: { wrongToRight: 2, rightToWrong: 0, stayedRight: 2, stayedWrong: 1 } }
    const w = mount(SeminarTally, { props: { question: q, stage: 'round2', presenter: true } })
    expect(w.get('.seminar-calibration').text()).toBe('Right by confidence (round 2): sure 4/4 (100%) · not said 0/1 (0%)')
    expect(w.findAll('.seminar-count-before').map(c => c.text())).toEqual(['round 1: 2', 'round 1: 3', 'round 1: 0'])
    expect(w.findAll('.seminar-count').map(c => c.text())).toEqual(['4', '1', '0'])
    expect(w.get('.seminar-moved').text()).toContain('Right: 40% → 80%. 2 moved to the right answer, 0 away from it.')
    const projector = mount(SeminarTally, { props: { question: q, stage: 'reveal' } })
    expect(projector.findAll('.seminar-count-before')).toHaveLength(3)
    expect(projector.find('.seminar-calibration').exists()).toBe(false)
  })

  it('tells the server each step the presenter reaches on its own slide, never on a slide it is not on, and closes at the reveal', async () => {
    const w = mount(SeminarTally, { props: { question: q, stage: 'round1', presenter: true, current: true } })
    expect(seminar.step).not.toHaveBeenCalled()
    await w.setProps({ stage: 'discuss' })
    expect(seminar.step).toHaveBeenLastCalledWith(q.id, 'discuss')
    await w.setProps({ stage: 'round2' })
    expect(seminar.step).toHaveBeenLastCalledWith(q.id, 'round2')
    expect(seminar.close).not.toHaveBeenCalled()
    await w.setProps({ stage: 'reveal' })
    expect(seminar.close).toHaveBeenCalledWith(q.id)
    seminar.step.mockClear()
    mount(SeminarTally, { props: { question: q, stage: 'discuss', presenter: true, current: false } })
    expect(seminar.step).not.toHaveBeenCalled()
  })

  it('never reopens round 1 once round 2 has opened: at round 1 on its slide it asks the slide to follow the server\'s step', async () => {
    seminar.state.tallies[q.id] = { questionId: q.id, ...second, closed: false, step: 'round2', rounds: [first, second] }
    // A `g` back: Slidev lands on click 0.
    const w = mount(SeminarTally, { props: { question: q, stage: 'round1', presenter: true, current: true } })
    await flushPromises()
    expect(w.emitted('follow')).toEqual([['round2']])
    expect(seminar.step).not.toHaveBeenCalled()
    // ← from the discussion after round 2: the server is at the discussion.
    await w.setProps({ stage: 'discuss' })
    seminar.state.tallies[q.id] = { ...seminar.state.tallies[q.id] as object, step: 'discuss' }
    await w.setProps({ stage: 'round1' })
    expect(w.emitted('follow')!.at(-1)).toEqual(['discuss'])
    expect(seminar.step).not.toHaveBeenCalledWith(q.id, 'round1')
    // Not on its slide, nothing.
    const elsewhere = mount(SeminarTally, { props: { question: q, stage: 'round1', presenter: true, current: false } })
    expect(elsewhere.emitted('follow')).toBeUndefined()
  })

  it('shows the projector the room\'s step once round 2 has opened, even while its copy of the slide is a click behind', () => {
    seminar.state.tallies[q.id] = { questionId: q.id, ...second, closed: false, step: 'discuss', rounds: [first, second] }
    const projector = mount(SeminarTally, { props: { question: q, stage: 'round1' } })
    expect(projector.get('.seminar-convince').text()).toBe('Convince your neighbour')
    expect(projector.text()).not.toContain('Round 1, alone')
    // Before round 2 has opened, the projector's own step stands.
    seminar.state.tallies[q.id] = { questionId: q.id, ...first, closed: false, step: 'round1', rounds: [first] }
    expect(mount(SeminarTally, { props: { question: q, stage: 'round1' } }).text()).toContain('Round 1, alone')
  })

  it('follows the step it asked for when ← twice from round 2 beats the server\'s news of the first', async () => {
    seminar.state.tallies[q.id] = { questionId: q.id, ...second, closed: false, step: 'round2', rounds: [first, second] }
    const w = mount(SeminarTally, { props: { question: q, stage: 'round2', presenter: true, current: true } })
    await w.setProps({ stage: 'discuss' })
    expect(seminar.step).toHaveBeenLastCalledWith(q.id, 'discuss')
    await w.setProps({ stage: 'round1' })
    expect(w.emitted('follow')).toEqual([['discuss']])
    // Its news comes: nothing more to do.
    seminar.state.tallies[q.id] = { ...seminar.state.tallies[q.id] as object, step: 'discuss' }
    await w.setProps({ stage: 'discuss' })
    expect(seminar.step).toHaveBeenCalledTimes(1)
  })

  it('lets Reset votes take the slide back to round 1 with round 2 still on the server, without following it', async () => {
    seminar.state.tallies[q.id] = { questionId: q.id, ...second, closed: false, step: 'round2', rounds: [first, second] }
    let emptied = () => {}
    seminar.reset.mockImplementationOnce(async () => {
      emptied = () => {
        const none = round({ x: 0, y: 0, z: 0 }, 0, 0)
        seminar.state.tallies[q.id] = { questionId: q.id, ...none, closed: false, step: 'round1', rounds: [none] }
      }
      return true
    })
    const w = mount(SeminarTally, { props: { question: q, stage: 'round2' as const, presenter: true, current: true, onReopen: () => w.setProps({ stage: 'round1' }) } })
    await w.findAll('button').find(b => b.text() === 'Reset votes')!.trigger('click')
    await w.findAll('button').find(b => b.text() === 'Delete')!.trigger('click')
    await flushPromises()
    expect(seminar.reset).toHaveBeenCalledWith(q.id)
    // The server's event comes after its answer: the slide stays at round 1 meanwhile.
    expect(w.emitted('follow')).toBeUndefined()
    emptied()
    await flushPromises()
    expect(w.emitted('follow')).toBeUndefined()
    expect(w.props('stage')).toBe('round1')
    // Round 2 again, and round 1 is over once more.
    seminar.state.tallies[q.id] = { questionId: q.id, ...second, closed: false, step: 'round2', rounds: [first, second] }
    await flushPromises()
    expect(w.emitted('follow')).toEqual([['round2']])
  })

  it('offers Reveal now before the reveal, which skips the discussion', async () => {
    const revealed = vi.fn()
    const w = mount(SeminarTally, { props: { question: q, stage: 'round1', presenter: true, current: true, onReveal: revealed } })
    await w.findAll('button').find(b => b.text() === 'Reveal now (r)')!.trigger('click')
    expect(revealed).toHaveBeenCalled()
    await w.setProps({ stage: 'reveal' })
    expect(w.findAll('button').map(b => b.text())).toEqual(['Reset votes'])
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
