import { describe, expect, it } from 'vitest'
import { createTally, parseVote } from '../../seminar/tally'
import type { QuizQuestion } from '../../quiz/engine/types'
import { multiple, single, truefalse } from '../fixtures/quiz'

const questions = new Map<string, QuizQuestion>([single(), truefalse(), multiple()].map(q => [q.id, q]))
const vote = (voterId: string, optionId: string, questionId = 'a-single') => ({ questionId, optionId, voterId })

describe('given votes from the room', () => {
  it('counts one vote per voter, and a changed vote moves', () => {
    const t = createTally(questions)
    t.vote(vote('voter-001', 'x'))
    t.vote(vote('voter-002', 'x'))
    t.vote(vote('voter-001', 'y'))
    expect(t.snapshot('a-single')).toEqual({ questionId: 'a-single', counts: { x: 1, y: 1, z: 0 }, voters: 2, revealed: false })
  })

  it('closes voting at the reveal and reopens it on reset', () => {
    const t = createTally(questions)
    t.vote(vote('voter-001', 'x'))
    t.reveal('a-single')
    expect(t.vote(vote('voter-002', 'y'))).toBe(false)
    expect(t.snapshot('a-single')).toMatchObject({ voters: 1, revealed: true })
    t.reset('a-single')
    expect(t.snapshot('a-single')).toMatchObject({ voters: 0, revealed: false })
    expect(t.vote(vote('voter-002', 'y'))).toBe(true)
  })

  it('survives a restart through its saved form', () => {
    const t = createTally(questions)
    t.vote(vote('voter-001', 'true', 'a-truefalse'))
    t.reveal('a-truefalse')
    const again = createTally(questions, JSON.parse(JSON.stringify(t.toJSON())))
    expect(again.snapshot('a-truefalse')).toEqual(t.snapshot('a-truefalse'))
  })
})

describe('given a raw vote body', () => {
  it('accepts a known question, option and a well-formed voter id', () => {
    expect(parseVote({ questionId: 'a-single', optionId: 'y', voterId: 'voter-001' }, questions)).toEqual(vote('voter-001', 'y'))
  })

  it.each([
    [null, 'body must be a JSON object'],
    [['a-single'], 'body must be a JSON object'],
    [{ questionId: 'a-single', optionId: 'y', voterId: 'short' }, 'voterId must be 8 to 64 letters, digits, - or _'],
    [{ questionId: 'a-single', optionId: 'y', voterId: 'v'.repeat(65) }, 'voterId must be 8 to 64 letters, digits, - or _'],
    [{ questionId: 'a-single', optionId: 'y', voterId: '<b>voter</b>' }, 'voterId must be 8 to 64 letters, digits, - or _'],
    [{ questionId: 'nope', optionId: 'y', voterId: 'voter-001' }, 'unknown question'],
    [{ questionId: 'a-multiple', optionId: 'p', voterId: 'voter-001' }, 'unknown question'],
    [{ questionId: 'a-single', optionId: '<script>', voterId: 'voter-001' }, 'unknown option'],
    [{ questionId: 'a-single', optionId: 'y', voterId: 'voter-001', extra: 1 }, 'unexpected fields'],
  ])('refuses %j', (body, error) => {
    expect(parseVote(body, questions)).toEqual({ error })
  })
})
