import type { MatchingQuestion, OrderingQuestion, QuizSection, SingleChoiceQuestion } from '../../../quiz/engine/types'
import { describe, expect, it } from 'vitest'
import { questionHash } from '../../../quiz/engine/hash'
import { displayOrder, displaySection } from '../../../quiz/engine/order'
import { matching, multiple, ordering, section, single, truefalse } from '../../fixtures/quiz'

const opt = (id: string) => ({ id, text: id.toUpperCase(), explanation: `Because ${id}.` })
const ids = (items: { id: string }[]) => items.map(x => x.id)

/** Twelve single-choice questions, each written with the right option first, as authors like to. */
function rightFirst(): QuizSection {
  const questions: SingleChoiceQuestion[] = Array.from({ length: 12 }, (_, i) => ({
    ...single(),
    id: `q-${i}`,
    prompt: `Question ${i}?`,
    options: ['a', 'b', 'c', 'd'].map(opt),
    correct: 'a',
  }))
  return section(questions)
}

function orderings(n: number, items = 4): QuizSection {
  const letters = 'abcdef'.slice(0, items).split('')
  const questions: OrderingQuestion[] = Array.from({ length: n }, (_, i) => ({
    ...ordering(),
    id: `o-${i}`,
    prompt: `Order ${i}`,
    options: letters.map(opt),
    correct: letters,
  }))
  return section(questions)
}

describe('given a bank written with the right option first', () => {
  const shown = displayOrder([rightFirst()])[0]!.questions as SingleChoiceQuestion[]

  it('shows the same order every time, so printed letters match the key', () => {
    expect(displayOrder([rightFirst()])).toEqual(displayOrder([rightFirst()]))
  })

  it('spreads the key over the letters: none holds more than a third of twelve keys', () => {
    const at = shown.map(q => q.options.findIndex(o => o.id === q.correct))
    for (const letter of [0, 1, 2, 3]) expect(at.filter(x => x === letter).length, `letter ${letter}`).toBeLessThanOrEqual(4)
  })

  it('keeps every option and its content hash, so saved answers still apply', () => {
    for (const [i, q] of shown.entries()) {
      expect(ids(q.options).sort()).toEqual(['a', 'b', 'c', 'd'])
      expect(questionHash(q)).toBe(questionHash(rightFirst().questions[i]!))
    }
  })

  it('changes a question\'s order when its content changes', () => {
    const edited = rightFirst()
    const orders = Array.from({ length: 6 }, (_, k) => {
      edited.questions[0] = { ...edited.questions[0]!, prompt: `Edited ${k}?` }
      return ids(displayOrder([edited])[0]!.questions[0]!.options).join()
    })
    expect(new Set(orders).size).toBeGreaterThan(1)
  })
})

describe('given ordering questions', () => {
  it('never starts one in the right order or its reverse, and never two from the same scramble', () => {
    const shown = displayOrder([orderings(8)])[0]!.questions as OrderingQuestion[]
    const patterns = shown.map(q => q.options.map(o => q.correct.indexOf(o.id)).join())
    for (const p of patterns) expect(['0,1,2,3', '3,2,1,0']).not.toContain(p)
    expect(new Set(patterns).size).toBe(patterns.length)
  })

  it('says so instead of repeating a scramble when a short list has run out of them', () => {
    expect(() => displayOrder([orderings(5, 3)])).toThrow(/no unused scramble left/)
  })
})

describe('given select-all and matching questions', () => {
  it('splits the right answers of a select-all evenly between its halves, so neither half is the tell', () => {
    const q = displayOrder([section([{ ...multiple(), correct: ['p', 'q'] }])])[0]!.questions[0]!
    expect(ids(q.options).slice(0, 2).filter(id => ['p', 'q'].includes(id)).length).toBe(1)
  })

  it('shuffles matching targets so item i is rarely paired with choice i', () => {
    const m: MatchingQuestion = { ...matching(), options: ['m1', 'm2', 'm3', 'm4'].map(opt), targets: ['t1', 't2', 't3', 't4'].map(id => ({ id, text: id })), correct: { m1: 't1', m2: 't2', m3: 't3', m4: 't4' } }
    const q = displayOrder([section([m])])[0]!.questions[0] as MatchingQuestion
    expect(ids(q.targets).sort()).toEqual(['t1', 't2', 't3', 't4'])
    expect(q.options.filter((o, i) => q.targets[i]?.id === q.correct[o.id]).length).toBeLessThanOrEqual(1)
  })

  it('does not let "always the last option" pay where false statements fill the last place of true/false questions', () => {
    // Four false statements put four keys at B, the last place of a true/false question; balancing by letter
    // alone then sends every single-choice key to C or D, and D is the last place of a four-option question.
    const falses = Array.from({ length: 4 }, (_, i) => ({ ...truefalse(), id: `tf-${i}`, correct: 'false' as const }))
    const shown = displayOrder([section([...falses, ...rightFirst().questions.slice(0, 4)])])[0]!.questions
    const lastPlace = shown.filter(q => q.options.at(-1)!.id === (q.type === 'multiple' || q.type === 'matching' || q.type === 'ordering' ? '' : q.correct)).length
    expect(lastPlace, 'keys in the last place, of 8 questions').toBeLessThanOrEqual(5)
  })

  it('keeps True before False', () => {
    const q = displayOrder([section([{ ...truefalse(), correct: 'false' }])])[0]!.questions[0]!
    expect(ids(q.options)).toEqual(['true', 'false'])
  })
})

describe('given a bank of several sections', () => {
  it('orders a section the same whatever comes before it, so a quiz slide can load its section alone', () => {
    const later = orderings(3)
    const shown = (bank: QuizSection[]) => displayOrder(bank).at(-1)!.questions.map(q => ids(q.options).join())
    // Sections before it that use up key letters and scrambles change nothing.
    expect(shown([rightFirst(), orderings(3), later])).toEqual(shown([later]))
    expect(shown([later])).toEqual(displaySection(later).questions.map(q => ids(q.options).join()))
  })
})
