// @vitest-environment happy-dom
import type { QuizQuestion } from '../../quiz/engine/types'
import { flushPromises, mount } from '@vue/test-utils'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { reactive } from 'vue'
import { loadQuizSections, useQuizProgress } from '../../app/useQuizProgress'
import { allQuestions } from '../../quiz/bank'
import { isVotable, keyOptionIds, letter } from '../../quiz/engine/scoring'

const seminar = vi.hoisted(() => ({
  state: undefined as unknown as { live: boolean, tallies: Record<string, unknown>, asked: string[] },
  exportResults: vi.fn(async () => ({ file: 'exports/seminar-2026-12-07_10-15-00.csv', report: 'exports/seminar-2026-12-07_10-15-00.html' })),
}))
vi.mock('../../seminar/client/useSeminar', () => ({ useSeminar: () => ({ state: seminar.state, exportResults: seminar.exportResults }) }))
const { default: SeminarRoomSummary } = await import('../../components/SeminarRoomSummary.vue')

const votable = allQuestions.filter(isVotable)
const slideOfQuestion = (id: string) => 100 + votable.findIndex(q => q.id === id)
/** `right` of `voters` chose the key, the rest the last option outside it. */
function voted(q: QuizQuestion, voters: number, right: number) {
  const outside = q.options.filter(o => !keyOptionIds(q).includes(o.id)).at(-1)!
  const counts = Object.fromEntries(q.options.map(o => [o.id, keyOptionIds(q).includes(o.id) ? right : o === outside ? voters - right : 0]))
  seminar.state.tallies[q.id] = { questionId: q.id, counts, voters, right, closed: true }
  seminar.state.asked.push(q.id)
  return outside
}

beforeAll(() => loadQuizSections())
beforeEach(() => {
  seminar.state = reactive({ live: true, tallies: {}, asked: [] })
  useQuizProgress().reset()
})

describe('given the results slide in a seminar', () => {
  it('lists the questions opened, in deck order, each with its slide, share right and the wrong answer chosen most', () => {
    const [a, b, c] = [votable[4]!, votable[1]!, votable[7]!]
    const outside = voted(a, 8, 2)
    voted(b, 4, 4)
    // Opened, nobody voted.
    seminar.state.asked.push(c.id)
    const w = mount(SeminarRoomSummary, { props: { slideOfQuestion } })
    const rows = w.findAll('tbody tr').map(r => r.findAll('td').map(d => d.text()))
    expect(rows).toEqual([
      [String(slideOfQuestion(b.id)), b.prompt, '100% of 4', 'none'],
      [String(slideOfQuestion(a.id)), a.prompt, '25% of 8', `${letter(a.options.indexOf(outside))} ${outside.text}`],
      [String(slideOfQuestion(c.id)), c.prompt, 'no votes', ''],
    ])
    expect(w.findAll('tbody tr').map(r => r.attributes('data-mark'))).toEqual([undefined, 'low', undefined])
    // Only the presenter view saves.
    expect(w.find('button').exists()).toBe(false)
  })

  it('shows a question still open (jumped over, to come back to) with its voters only: no share right, no wrong answer, no mark', () => {
    const q = votable[2]!
    voted(q, 6, 1)
    ;(seminar.state.tallies[q.id] as { closed: boolean }).closed = false
    const w = mount(SeminarRoomSummary, { props: { slideOfQuestion } })
    expect(w.findAll('tbody tr').map(r => r.findAll('td').map(d => d.text()))).toEqual([[String(slideOfQuestion(q.id)), q.prompt, 'voting open: 6 voters', '']])
    expect(w.get('tbody tr').attributes('data-mark')).toBeUndefined()
    expect(w.html()).not.toContain('17%')
  })

  it('pages past 12 questions and says how many pages there are', async () => {
    for (const q of votable.slice(0, 14)) voted(q, 2, 1)
    const w = mount(SeminarRoomSummary, { props: { slideOfQuestion } })
    expect(w.emitted('pages')).toEqual([[2]])
    expect(w.findAll('tbody tr')).toHaveLength(7)
    expect(w.get('.room-page').text()).toBe('Page 1 of 2: → for more')
    await w.setProps({ page: 1 })
    expect(w.findAll('tbody tr')[0]!.find('td').text()).toBe(String(slideOfQuestion(votable[7]!.id)))
    expect(w.get('.room-page').text()).toBe('Page 2 of 2')
  })

  it('says so before any question is opened, and saves the record from the presenter view', async () => {
    const w = mount(SeminarRoomSummary, { props: { slideOfQuestion, presenter: true } })
    expect(w.text()).toContain('No question has been opened yet.')
    await w.get('button').trigger('click')
    await flushPromises()
    expect(seminar.exportResults).toHaveBeenCalledOnce()
    expect(w.text()).toContain('Saved to exports/seminar-2026-12-07_10-15-00.csv')
    expect(w.get('.room-report').text()).toBe('The report: exports/seminar-2026-12-07_10-15-00.html')
  })
})
