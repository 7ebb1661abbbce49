// The question-kind registry (quiz/engine/kinds): every type has a kind, and each kind's parts agree with one
// another on the same question, so a kind that is only half written fails here as well as in the compiler.

import type { QuizQuestion } from '../../../quiz/engine/types'
import { describe, expect, it } from 'vitest'
import { kindOf, kinds, QUESTION_TYPES } from '../../../quiz/engine/kinds'
import { matching, multiple, ordering, single, truefalse } from '../../fixtures/quiz'

const examples: QuizQuestion[] = [single(), multiple(), truefalse(), ordering(), matching()]

describe('the question-kind registry', () => {
  it('has a kind for each of the five question types, and no other', () => {
    expect([...QUESTION_TYPES].sort()).toEqual(['matching', 'multiple', 'ordering', 'single', 'truefalse'])
    expect(examples.map(q => kindOf(q))).toEqual(examples.map(q => kinds[q.type]))
  })

  for (const q of examples) {
    describe(`given a ${q.type} question`, () => {
      const kind = kindOf(q)

      it('calls its solution answered, scores it 1, and marks every option of the key right in it', () => {
        const solution = kind.solution(q)
        expect(kind.answered(q, solution)).toBe(true)
        expect(kind.score(q, solution)).toBe(1)
        for (const o of q.options.filter(o => kind.inKey(q, o.id))) expect(kind.optionRight(q, solution, o.id), o.id).toBe(true)
      })

      it('calls no response unanswered', () => {
        expect(kind.answered(q, undefined)).toBe(false)
      })

      it('reads back what it encodes, and nothing from a code that names no option', () => {
        const solution = kind.solution(q)
        expect(kind.decode(q, kind.encode(q, solution))).toEqual(solution)
        expect(kind.decode(q, 'zz')).toBeUndefined()
        expect(kind.encode(q, undefined)).toBe('')
      })

      it('says the key in words, one item per part', () => {
        expect(kind.solutionItems(q).length).toBeGreaterThan(0)
        expect(kind.solutionItems(q).every(s => s.length > 0)).toBe(true)
      })

      it('keeps every option (and target) when it puts them in display order', () => {
        const shown = kind.order(q, { keys: [], fromEnd: [], used: new Set() })
        expect(shown.options.map(o => o.id).sort()).toEqual(q.options.map(o => o.id).sort())
        expect(kind.targets(shown).map(t => t.id).sort()).toEqual(kind.targets(q).map(t => t.id).sort())
      })
    })
  }

  it('lets the room vote on the kinds answered by choosing options, never on placing items', () => {
    for (const q of examples) expect(kindOf(q).votable, q.type).toBe(kindOf(q).select !== 'place')
  })

  it('prints a blank before ordering and matching items, and a letter before choices', () => {
    expect(examples.map(q => kindOf(q).worksheet.marker)).toEqual(['letter', 'letter', 'letter', 'blank', 'blank'])
    expect(new Set(examples.map(q => kindOf(q).worksheet.hint)).size).toBe(5)
  })

  it('counts a true/false key as fixed where it stands, and no other key', () => {
    expect(examples.map(q => kindOf(q).fixedKey(q))).toEqual([undefined, undefined, 0, undefined, undefined])
  })
})
