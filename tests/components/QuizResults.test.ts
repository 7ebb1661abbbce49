// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { loadQuizSections, useQuizProgress } from '../../app/useQuizProgress'
import QuizResults from '../../components/QuizResults.vue'
import { quizBank } from '../../quiz/bank'
import { solutionOf } from '../../quiz/engine/scoring'

const props = { slideOfQuestion: () => 12 }
const n = quizBank.reduce((sum, s) => sum + s.questions.length, 0)

beforeAll(() => loadQuizSections())
beforeEach(() => useQuizProgress().reset())

describe('given the results slide', () => {
  it('adds up the sections and lists a question whose solution was shown, with a link back', async () => {
    const quiz = useQuizProgress()
    const [a, b] = quizBank[0]!.questions
    quiz.select(a!.id, solutionOf(a!))
    quiz.check(a!.id)
    quiz.showSolution(b!.id)
    const w = mount(QuizResults, { props })
    expect(w.get('.results-total').text()).toContain(`Total: 1 of ${n} points · 2 of ${n} questions done`)
    expect(w.get('.results-missed a').text()).toBe(b!.prompt)
    expect(w.get('.results-missed li').text()).toContain('solution shown')
    await w.get('.results-missed a').trigger('click')
    expect(w.emitted('go')).toEqual([[12]])
  })

  it('asks before resetting everything', async () => {
    const quiz = useQuizProgress()
    quiz.showSolution(quizBank[0]!.questions[0]!.id)
    const w = mount(QuizResults, { props, attachTo: document.body })
    await w.findAll('button').find(b => b.text() === 'Reset all answers')!.trigger('click')
    expect(w.get('[role=alertdialog]').text()).toContain('Reset all answers?')
    expect(Object.keys(quiz.answers)).toHaveLength(1)
    await w.findAll('button').find(b => b.text() === 'Yes, reset all')!.trigger('click')
    expect(Object.keys(quiz.answers)).toHaveLength(0)
    w.unmount()
  })

  it('prints as a score sheet to fill in, with no buttons and no scores', () => {
    useQuizProgress().showSolution(quizBank[0]!.questions[0]!.id)
    const w = mount(QuizResults, { props: { ...props, print: true } })
    expect(w.findAll('button')).toHaveLength(0)
    expect(w.get('.results-total').text()).toBe(`Total: ____ of ${n} points`)
    expect(w.findAll('.results-value').map(v => v.text())).toEqual(quizBank.map(s => `____ of ${s.questions.length}`))
  })
})
