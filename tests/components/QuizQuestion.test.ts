import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import QuizQuestion from '../../components/QuizQuestion.vue'
import { quizBank } from '../../quiz'
import type { QuestionType, QuizQuestion as Question } from '../../quiz/engine/types'
import { useQuizProgress } from '../../quiz/useQuizProgress'

const firstOf = <T extends QuestionType>(type: T) =>
  quizBank.flatMap(s => s.questions).find(q => q.type === type) as Extract<Question, { type: T }>

const mountQuestion = (id: string, props = {}) => mount(QuizQuestion, { props: { id, ...props }, attachTo: document.body })
const buttonNamed = (w: ReturnType<typeof mountQuestion>, name: string) => w.findAll('button').find(b => b.text() === name)

beforeEach(() => {
  useQuizProgress().reset()
  document.body.innerHTML = ''
})

describe('given a single-choice question', () => {
  const q = firstOf('single')

  it('renders a fieldset labelled by the prompt, with one radio per option', () => {
    const w = mountQuestion(q.id)
    expect(w.get('fieldset legend').text()).toBe(q.prompt)
    expect(w.findAll('input[type=radio]').map(i => i.element.closest('label')!.textContent)).toEqual(
      q.options.map((o, i) => expect.stringContaining(`${String.fromCharCode(65 + i)}${o.text}`)),
    )
  })

  it('keeps Check disabled until an option is chosen', async () => {
    const w = mountQuestion(q.id)
    expect(buttonNamed(w, 'Check')!.attributes('disabled')).toBeDefined()
    await w.get(`input[value="${q.correct}"]`).setValue(true)
    expect(buttonNamed(w, 'Check')!.attributes('disabled')).toBeUndefined()
  })

  it('announces the verdict, the explanation and the quoted passage after Check', async () => {
    const wrong = q.options.find(o => o.id !== q.correct)!
    const w = mountQuestion(q.id, { reviewSlide: 7, reviewHref: '/7' })
    await w.get(`input[value="${wrong.id}"]`).setValue(true)
    await buttonNamed(w, 'Check')!.trigger('click')
    const live = w.get('[aria-live="polite"]')
    expect(live.text()).toContain('Not quite')
    expect(live.text()).toContain(wrong.explanation)
    expect(live.get('blockquote').text()).toBe(q.source)
    expect(live.get('a').text()).toBe('Review slide 7')
    expect(w.get(`input[value="${wrong.id}"]`).element.closest('label')!.textContent).toContain('(wrong)')
  })

  it('counts a double click on Check once', async () => {
    const w = mountQuestion(q.id)
    await w.get(`input[value="${q.correct}"]`).setValue(true)
    const check = buttonNamed(w, 'Check')!
    await check.trigger('click')
    await check.trigger('click')
    expect(useQuizProgress().answers[q.id]?.attempts).toBe(1)
    expect(w.text()).toContain('Section score: 1 of')
  })

  it('reopens with Try again and shows the right answer with Show solution', async () => {
    const w = mountQuestion(q.id)
    await w.get(`input[value="${q.correct}"]`).setValue(true)
    await buttonNamed(w, 'Check')!.trigger('click')
    await buttonNamed(w, 'Try again')!.trigger('click')
    expect(buttonNamed(w, 'Check')).toBeDefined()
    await buttonNamed(w, 'Show solution')!.trigger('click')
    expect(w.get('[aria-live="polite"]').text()).toContain('The answer')
    expect(w.findAll('input').every(i => (i.element as HTMLInputElement).disabled)).toBe(true)
  })
})

describe('given a select-all-that-apply question', () => {
  const q = firstOf('multiple')
  it('uses checkboxes and states the partial credit rule', async () => {
    const w = mountQuestion(q.id)
    expect(w.findAll('input[type=checkbox]')).toHaveLength(q.options.length)
    expect(w.text()).toContain('Partial credit')
    await w.get(`input[value="${q.correct[0]}"]`).setValue(true)
    await buttonNamed(w, 'Check')!.trigger('click')
    const expected = q.correct.length === 1 ? 'Correct' : 'Partly correct'
    expect(w.get('[aria-live="polite"]').text()).toContain(expected)
  })
})

describe('given an ordering question', () => {
  const q = firstOf('ordering')
  it('moves items with buttons, keeps focus on the moved item and announces its place', async () => {
    const w = mountQuestion(q.id)
    expect(w.get('[role=group]').attributes('aria-labelledby')).toBe(`${q.id}-prompt`)
    const first = q.options[0]!
    await w.get(`button[aria-label="Move down: ${first.text}"]`).trigger('click')
    const items = w.findAll('li .quiz-option-text').map(x => x.text())
    expect(items[1]).toBe(first.text)
    expect(document.activeElement?.getAttribute('data-item')).toBe(first.id)
    expect(w.text()).toContain(`${first.text} moved to position 2 of ${q.options.length}.`)
    expect(buttonNamed(w, 'Check')!.attributes('disabled')).toBeUndefined()
  })
})

describe('given a matching question', () => {
  const q = firstOf('matching')
  it('labels a select for every item and keeps arrow keys from changing the slide', async () => {
    const w = mountQuestion(q.id)
    const selects = w.findAll('select')
    expect(selects).toHaveLength(q.options.length)
    let reachedWindow = false
    const listener = () => { reachedWindow = true }
    window.addEventListener('keydown', listener)
    selects[0]!.element.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }))
    window.removeEventListener('keydown', listener)
    expect(reachedWindow).toBe(false)
    for (const o of q.options) await w.get(`select#${q.id}-${o.id}`).setValue(q.correct[o.id])
    await buttonNamed(w, 'Check')!.trigger('click')
    expect(w.get('[aria-live="polite"]').text()).toContain('Correct')
  })
})

describe('given the print form', () => {
  it('shows the question and lettered options, with no buttons, inputs or answers', () => {
    for (const type of ['single', 'multiple', 'truefalse', 'ordering', 'matching'] as const) {
      const q = firstOf(type)
      const w = mountQuestion(q.id, { mode: 'print', revealed: true })
      expect(w.text()).toContain(q.prompt)
      for (const o of q.options) expect(w.text()).toContain(o.text)
      expect(w.findAll('button, input, select')).toHaveLength(0)
      expect(w.text()).not.toContain(q.source)
      for (const o of q.options) expect(w.text()).not.toContain(o.explanation)
      expect(w.find('[aria-live]').exists()).toBe(false)
      w.unmount()
    }
  })
})

describe('given the presenter reveal step', () => {
  it('shows the answer without recording anything', () => {
    const q = firstOf('truefalse')
    const w = mountQuestion(q.id, { revealed: true })
    expect(w.get('[aria-live="polite"]').text()).toContain('The answer')
    expect(useQuizProgress().statusOf(q.id)).toBe('open')
  })
})
