// @vitest-environment happy-dom
// QuizQuestion is controlled: it shows what its props say, emits what the learner does, and reads no store.
// (Connected to the learner's progress it is QuizCard: tests/components/QuizCard.test.ts.)
import type { MultipleChoiceQuestion, SingleChoiceQuestion } from '../../quiz/engine/types'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import QuizQuestion from '../../components/QuizQuestion.vue'
import { allQuestions } from '../../quiz/bank'

const q = allQuestions.find((x): x is SingleChoiceQuestion => x.type === 'single')!
const m = allQuestions.find((x): x is MultipleChoiceQuestion => x.type === 'multiple')!
const wrong = q.options.find(o => o.id !== q.correct)!
const base = { question: q, sectionTitle: 'The China factor', position: 2, count: 6 }
const button = (w: { findAll: (s: string) => { text: () => string, trigger: (e: string) => Promise<void>, attributes: (a: string) => string | undefined }[] }, name: string) => w.findAll('button').find(b => b.text() === name)!

describe('a controlled QuizQuestion', () => {
  it('shows what its props say, with no store loaded: the header, the chosen option, the section score', () => {
    const w = mount(QuizQuestion, { props: { ...base, response: wrong.id, canCheck: true, sectionScore: { score: 1.5, total: 6 } } })
    expect(w.text()).toContain('Quiz: The China factor')
    expect(w.text()).toContain('Question 2 of 6')
    expect(w.text()).toContain('Section score: 1.5 of 6')
    expect((w.get(`input[value="${wrong.id}"]`).element as HTMLInputElement).checked).toBe(true)
    expect(button(w, 'Check').attributes('disabled')).toBeUndefined()
  })

  it('emits what the learner does and changes nothing by itself', async () => {
    const w = mount(QuizQuestion, { props: { ...base, canCheck: false } })
    await w.get(`input[value="${q.correct}"]`).setValue(true)
    expect(w.emitted('update')).toEqual([[q.correct]])
    expect(button(w, 'Check').attributes('disabled')).toBeDefined() // until the parent says it can check
    await button(w, 'Show solution').trigger('click')
    expect(w.emitted('showSolution')).toHaveLength(1)
    await w.setProps({ status: 'checked', response: q.correct, score: 1 })
    await button(w, 'Try again').trigger('click')
    expect(w.emitted('retry')).toHaveLength(1)
    expect(w.emitted('check')).toBeUndefined()
  })

  it('keeps two copies of one question apart: a choice in one (the presenter\'s Next preview, say) reaches only its own parent', async () => {
    const own = ref<string | undefined>()
    const preview = ref<string | undefined>()
    const w = mount(defineComponent(() => () => [
      h(QuizQuestion, { ...base, response: own.value, onUpdate: (r: unknown) => { own.value = r as string } }),
      h(QuizQuestion, { ...base, response: preview.value, onUpdate: (r: unknown) => { preview.value = r as string } }),
    ]), { attachTo: document.body })
    const [first, second] = w.findAllComponents(QuizQuestion)
    await second!.get(`input[value="${wrong.id}"]`).setValue(true)
    expect([own.value, preview.value]).toEqual([undefined, wrong.id])
    expect((first!.get(`input[value="${wrong.id}"]`).element as HTMLInputElement).checked).toBe(false)
    expect(new Set(w.findAll('input[type=radio]').map(i => i.attributes('name'))).size).toBe(2)
    w.unmount()
  })

  it('shown to a room, ignores any response and score it is given and offers no Check', () => {
    const w = mount(QuizQuestion, { props: { ...base, question: m, mode: 'present', status: 'checked', response: [m.correct[0]!], score: 1, sectionScore: { score: 3, total: 6 } } })
    expect(w.findAll('input:checked')).toHaveLength(0)
    expect(w.text()).not.toContain('Section score')
    expect(w.findAll('button').map(b => b.text())).not.toContain('Check')
  })
})
