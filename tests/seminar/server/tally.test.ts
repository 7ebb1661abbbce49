import type { QuizQuestion } from '../../../quiz/engine/types'
import { describe, expect, it } from 'vitest'
import { isVotable, keyOptionIds } from '../../../quiz/engine/scoring'
import { createTally, parseBallot } from '../../../seminar/server/tally'
import { matching, multiple, ordering, single, truefalse } from '../../fixtures/quiz'

const questions = new Map<string, QuizQuestion>([single(), truefalse(), multiple(), ordering()].map(q => [q.id, q]))
const ballot = (optionIds: string[], questionId = 'a-single') => ({ questionId, optionIds })

describe('given votes from the room', () => {
  it('counts one ballot per voter, and a changed ballot moves', () => {
    const t = createTally(questions)
    t.vote('voter-1', ballot(['x']))
    t.vote('voter-2', ballot(['x']))
    t.vote('voter-1', ballot(['y']))
    expect(t.snapshot('a-single')).toEqual({ questionId: 'a-single', counts: { x: 1, y: 1, z: 0 }, voters: 2, right: 1, closed: false })
  })

  it('counts a select-all ballot once per chosen option, and right only when the whole answer is right', () => {
    const t = createTally(questions)
    t.vote('voter-1', ballot(['p', 'q'], 'a-multiple'))
    t.vote('voter-2', ballot(['p'], 'a-multiple'))
    t.vote('voter-3', ballot(['p', 'q', 'r'], 'a-multiple'))
    expect(t.snapshot('a-multiple')).toEqual({ questionId: 'a-multiple', counts: { p: 3, q: 2, r: 1, s: 0 }, voters: 3, right: 1, closed: false })
  })

  it('refuses ballots once voting is closed, and a reset reopens the question empty', () => {
    const t = createTally(questions)
    t.vote('voter-1', ballot(['x']))
    t.close('a-single')
    expect(t.vote('voter-2', ballot(['y']))).toBe('closed')
    expect(t.snapshot('a-single')).toMatchObject({ voters: 1, closed: true })
    t.reset('a-single')
    expect(t.snapshot('a-single')).toMatchObject({ voters: 0, closed: false })
    expect(t.vote('voter-2', ballot(['y']))).toBe(true)
  })
})

describe('given question types', () => {
  it('calls single choice, true/false and select-all votable, and ordering and matching not', () => {
    expect([single(), truefalse(), multiple(), ordering(), matching()].map(isVotable)).toEqual([true, true, true, false, false])
  })

  it('names the key options in display order', () => {
    expect(keyOptionIds(multiple())).toEqual(['p', 'q'])
    expect(keyOptionIds(truefalse())).toEqual(['true'])
  })
})

describe('given a raw ballot', () => {
  it('accepts a known question and option, and keeps select-all choices in display order without repeats', () => {
    expect(parseBallot({ questionId: 'a-single', optionIds: ['y'] }, questions)).toEqual(ballot(['y']))
    expect(parseBallot({ questionId: 'a-multiple', optionIds: ['r', 'p', 'r'] }, questions)).toEqual(ballot(['p', 'r'], 'a-multiple'))
  })

  it.each([
    [null, 'body must be a JSON object'],
    [['a-single'], 'body must be a JSON object'],
    [{ questionId: 'nope', optionIds: ['y'] }, 'unknown question'],
    [{ questionId: 'a-ordering', optionIds: ['a'] }, 'unknown question'],
    [{ questionId: 'a-single', optionIds: ['<script>'] }, 'unknown option'],
    [{ questionId: 'a-single', optionIds: 'y' }, 'unknown option'],
    [{ questionId: 'a-single', optionIds: [] }, 'unknown option'],
    [{ questionId: 'a-single', optionIds: ['x', 'y'] }, 'choose exactly one option'],
    [{ questionId: 'a-single', optionIds: ['y'], voterId: 'forged-voter' }, 'unexpected fields'],
  ])('refuses %j', (body, error) => {
    expect(parseBallot(body, questions)).toEqual({ error })
  })
})
