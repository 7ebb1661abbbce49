// @vitest-environment happy-dom
import type { QuizQuestion as Question, QuestionType } from '../../quiz/engine/types'
import { mount } from '@vue/test-utils'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { loadQuizSections, useQuizProgress } from '../../app/useQuizProgress'
import QuizCard from '../../components/QuizCard.vue'
import { allQuestions } from '../../quiz/bank'
import { PARTIAL_CREDIT_RULE } from '../../quiz/engine/scoring'

function firstOf<T extends QuestionType>(type: T) {
  return allQuestions.find(q => q.type === type) as Extract<Question, { type: T }>
}

const mountQuestion = (id: string, props = {}) => mount(QuizCard, { props: { id, ...props }, attachTo: document.body })
const buttonNamed = (w: ReturnType<typeof mountQuestion>, name: string) => w.findAll('button').find(b => b.text() === name)

beforeAll(() => loadQuizSections())

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

  it('after Check on a wrong answer, marks and explains only the chosen option, and quotes the article with its paragraph', async () => {
    const wrong = q.options.find(o => o.id !== q.correct)!
    const w = mountQuestion(q.id, { slideOfAlias: (alias: string) => (alias === q.slide ? 7 : undefined) })
    await w.get(`input[value="${wrong.id}"]`).setValue(true)
    await buttonNamed(w, 'Check')!.trigger('click')
    const live = w.get('[aria-live="polite"]')
    expect(live.text()).toContain('Not quite')
    expect(w.findAll('blockquote.quiz-source').map(b => b.text())).toEqual(q.sources.map(s => `${s.quote} (article, ¶${s.paragraph})`))
    // The sign is for the eye; a screen reader hears the word.
    expect(w.findAll('blockquote.quiz-source a.article-ref').map(a => a.attributes('aria-label'))).toEqual(q.sources.map(s => `paragraph ${s.paragraph}`))
    expect(w.findAll('blockquote.quiz-source a').map(a => a.attributes('href'))).toEqual(q.sources.map(s => expect.stringMatching(new RegExp(`article#p${s.paragraph}$`))))
    expect(live.get('a').text()).toBe('Review slide 7')
    const label = (id: string) => w.get(`input[value="${id}"]`).element.closest('label')!
    expect(label(wrong.id).textContent).toContain(wrong.explanation)
    expect(label(wrong.id).textContent).toContain('(your choice, wrong)')
    for (const o of q.options.filter(o => o.id !== wrong.id)) {
      expect(label(o.id).textContent, o.id).not.toContain(o.explanation)
      expect(label(o.id).getAttribute('data-mark'), o.id).toBeNull()
      expect(label(o.id).querySelector('.quiz-mark'), o.id).toBeNull()
    }
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

  it('show solution marks the answer and explains every option; Try again then starts empty and the question scores 0', async () => {
    const w = mountQuestion(q.id)
    await w.get(`input[value="${q.correct}"]`).setValue(true)
    await buttonNamed(w, 'Check')!.trigger('click')
    await buttonNamed(w, 'Show solution')!.trigger('click')
    expect(w.get('[aria-live="polite"]').text()).toContain('Solution shown: no points this time')
    for (const o of q.options) expect(w.text()).toContain(o.explanation)
    expect(w.get(`input[value="${q.correct}"]`).element.closest('label')!.getAttribute('data-mark')).toBe('key')
    expect(w.findAll('input').every(i => (i.element as HTMLInputElement).disabled)).toBe(true)
    expect(useQuizProgress().scoreOf(q.id)).toBe(0)
    await buttonNamed(w, 'Try again')!.trigger('click')
    expect(w.findAll('input').some(i => (i.element as HTMLInputElement).checked)).toBe(false)
    expect(buttonNamed(w, 'Check')!.attributes('disabled')).toBeDefined()
    expect(useQuizProgress().check(q.id)).toBe(false)
    expect(useQuizProgress().scoreOf(q.id)).toBe(0)
  })

  it('tells the learner in one line when the browser will not keep answers', async () => {
    const w = mountQuestion(q.id)
    expect(w.find('[role=status]').exists()).toBe(false)
    useQuizProgress().storageRefused.value = true
    await w.vm.$nextTick()
    expect(w.get('[role=status]').text()).toBe('This browser is not keeping your answers: they will be gone when you close the page.')
    useQuizProgress().storageRefused.value = false
  })
})

describe('given a select-all-that-apply question', () => {
  const q = firstOf('multiple')
  it('uses checkboxes, states the partial-credit rule, and after Check counts right and wrong choices without marking the ones left out', async () => {
    const w = mountQuestion(q.id)
    expect(w.findAll('input[type=checkbox]')).toHaveLength(q.options.length)
    expect(w.text()).toContain(PARTIAL_CREDIT_RULE)
    const right = q.correct[0]!
    const wrong = q.options.find(o => !q.correct.includes(o.id))!.id
    await w.get(`input[value="${right}"]`).setValue(true)
    await w.get(`input[value="${wrong}"]`).setValue(true)
    await buttonNamed(w, 'Check')!.trigger('click')
    expect(w.get('[aria-live="polite"]').text()).toContain(`1 of ${q.correct.length} right choices, 1 wrong`)
    const marks = w.findAll('label.quiz-option').map(l => l.attributes('data-mark') ?? null)
    expect(marks).toEqual(q.options.map(o => (o.id === right ? 'right' : o.id === wrong ? 'wrong' : null)))
  })
})

describe('given an ordering question', () => {
  const q = firstOf('ordering')
  it('moves items with buttons, keeps focus on the moved item and announces its place', async () => {
    const w = mountQuestion(q.id)
    // The group is named by its prompt, through an id of this mount's own.
    const prompt = w.get('[role=group]').attributes('aria-labelledby')!
    expect(w.get(`[id="${prompt}"]`).text()).toBe(q.prompt)
    const first = q.options[0]!
    await w.get(`button[aria-label="Move down: ${first.text}"]`).trigger('click')
    const items = w.findAll('li .quiz-option-text').map(x => x.text())
    expect(items[1]).toBe(first.text)
    expect(document.activeElement?.getAttribute('data-item')).toBe(first.id)
    expect(w.text()).toContain(`${first.text} moved to position 2 of ${q.options.length}.`)
    expect(buttonNamed(w, 'Check')!.attributes('disabled')).toBeUndefined()
  })

  it('after Check marks every item in or out of place and explains only those in place', async () => {
    const w = mountQuestion(q.id)
    const answer = [q.correct[0]!, ...q.correct.slice(1).reverse()]
    useQuizProgress().select(q.id, answer)
    await w.vm.$nextTick()
    await buttonNamed(w, 'Check')!.trigger('click')
    const rows = w.findAll('li.quiz-option')
    expect(rows.map(r => r.attributes('data-mark'))).toEqual(answer.map((id, i) => (q.correct[i] === id ? 'right' : 'wrong')))
    const explanation = (id: string) => q.options.find(o => o.id === id)!.explanation
    answer.forEach((id, i) => {
      expect(rows[i]!.text().includes(explanation(id)), id).toBe(q.correct[i] === id)
    })
    expect(rows.some(r => r.attributes('data-mark') === 'wrong')).toBe(true)
  })
})

describe('given a matching question', () => {
  const q = firstOf('matching')
  it('shows every choice in full, lettered, and gives each item a native radio group of letters', async () => {
    const w = mountQuestion(q.id)
    const choices = w.get('ol.quiz-match-targets')
    for (const t of q.targets) expect(choices.text()).toContain(t.text)
    const groups = w.findAll('[role=radiogroup]')
    expect(groups).toHaveLength(q.options.length)
    for (const g of groups) expect(g.findAll('input[type=radio]')).toHaveLength(q.targets.length)
    for (const [i, o] of q.options.entries()) {
      const target = q.targets.findIndex(t => t.id === q.correct[o.id])
      await groups[i]!.get(`input[value="${q.targets[target]!.id}"]`).setValue(true)
    }
    await buttonNamed(w, 'Check')!.trigger('click')
    expect(w.get('[aria-live="polite"]').text()).toContain('Correct')
    expect(w.get('[aria-live="polite"]').text()).toContain(`${q.options.length} of ${q.options.length} pairs right`)
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
      for (const src of q.sources) expect(w.text()).not.toContain(src.quote)
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

describe('given one question mounted twice in one app, as Slidev does for the presenter\'s Next preview', () => {
  const twice = (id: string, second = {}) => mount(defineComponent(() => () => [h(QuizCard, { id }), h(QuizCard, { id, ...second })]), { attachTo: document.body })

  it('gives each mount its own radio group, so the preview\'s revealed key leaves the learner\'s choice checked', async () => {
    const q = firstOf('single')
    const wrong = q.options.find(o => o.id !== q.correct)!
    useQuizProgress().select(q.id, wrong.id)
    const w = twice(q.id, { revealed: true })
    await nextTick()
    const [current, preview] = w.findAll('section.quiz')
    expect(current!.get('input[type=radio]').attributes('name')).not.toBe(preview!.get('input[type=radio]').attributes('name'))
    expect((current!.get(`input[value="${wrong.id}"]`).element as HTMLInputElement).checked).toBe(true)
    expect((preview!.get(`input[value="${q.correct}"]`).element as HTMLInputElement).checked).toBe(true)
  })

  it('gives no id twice', () => {
    for (const type of ['ordering', 'matching'] as const) {
      const ids = twice(firstOf(type).id).findAll('[id]').map(e => e.attributes('id'))
      expect(ids.length, type).toBeGreaterThan(0)
      expect(new Set(ids).size, type).toBe(ids.length)
    }
  })
})

describe('given a question shown to a room (present mode)', () => {
  const q = firstOf('single')
  const wrong = q.options.find(o => o.id !== q.correct)!

  it('shows no Check, Try again, Show solution or section score, and nothing this browser saved', async () => {
    const quiz = useQuizProgress()
    quiz.select(q.id, wrong.id)
    quiz.check(q.id)
    const w = mountQuestion(q.id, { mode: 'present' })
    expect(w.findAll('button').map(b => b.text())).toEqual([])
    expect(w.text()).not.toContain('Section score')
    expect(w.text()).not.toContain('Not quite')
    expect(w.findAll('input:checked')).toHaveLength(0)
    expect(w.findAll('[data-mark]')).toHaveLength(0)
    expect(w.findAll('input').every(i => i.attributes('disabled') !== undefined)).toBe(true)
    // The learner's own record is untouched.
    expect(quiz.statusOf(q.id)).toBe('checked')
  })

  it('shows the answer at the reveal step, and only then', async () => {
    const w = mountQuestion(q.id, { mode: 'present', revealed: false })
    expect(w.findAll('[data-mark="key"]')).toHaveLength(0)
    await w.setProps({ revealed: true })
    expect(w.get(`input[value="${q.correct}"]`).element.closest('label')!.getAttribute('data-mark')).toBe('key')
    expect(w.findAll('button')).toHaveLength(0)
  })

  it('explains the key alone at the reveal, with every article passage, so the room sees answer, reason and source on one screen', () => {
    for (const type of ['single', 'multiple', 'truefalse'] as const) {
      const x = firstOf(type)
      const w = mountQuestion(x.id, { mode: 'present', revealed: true })
      const key = w.findAll('label[data-mark="key"]')
      expect(key.length, type).toBeGreaterThan(0)
      expect(w.findAll('.quiz-explanation').map(e => e.element.closest('label'))).toEqual(key.map(k => k.element))
      expect(w.findAll('blockquote.quiz-source')).toHaveLength(x.sources.length)
      w.unmount()
    }
  })

  it('asks a select-all question without the scoring rule, which a vote does not use', () => {
    const w = mountQuestion(firstOf('multiple').id, { mode: 'present' })
    expect(w.get('.quiz-hint').text()).toBe('Select all that apply.')
    // One space between the two sentences (Vue drops a space that opens a <template>).
    expect(mountQuestion(firstOf('multiple').id).get('.quiz-hint').text()).toBe(`Select all that apply. ${PARTIAL_CREDIT_RULE}`)
  })
})
