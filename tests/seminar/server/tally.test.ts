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
    expect(t.snapshot('a-single')).toMatchObject({ questionId: 'a-single', counts: { x: 1, y: 1, z: 0 }, voters: 2, right: 1, closed: false, step: 'round1' })
  })

  it('counts a select-all ballot once per chosen option, and right only when the whole answer is right', () => {
    const t = createTally(questions)
    t.vote('voter-1', ballot(['p', 'q'], 'a-multiple'))
    t.vote('voter-2', ballot(['p'], 'a-multiple'))
    t.vote('voter-3', ballot(['p', 'q', 'r'], 'a-multiple'))
    expect(t.snapshot('a-multiple')).toMatchObject({ questionId: 'a-multiple', counts: { p: 3, q: 2, r: 1, s: 0 }, voters: 3, right: 1, closed: false })
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

describe('given confidence with the votes', () => {
  it('counts voters and right answers by the confidence each gave, and a ballot without one under "none"', () => {
    const t = createTally(questions)
    t.vote('v1', { ...ballot(['y']), confidence: 'sure' })
    t.vote('v2', { ...ballot(['x']), confidence: 'sure' })
    t.vote('v3', { ...ballot(['y']), confidence: 'guess' })
    t.vote('v4', ballot(['y']))
    expect(t.snapshot('a-single').byConfidence).toEqual({ sure: { voters: 2, right: 1 }, guess: { voters: 1, right: 1 }, fair: { voters: 0, right: 0 }, none: { voters: 1, right: 1 } })
    // A changed ballot without a tap drops the confidence it had.
    t.vote('v1', ballot(['x']))
    expect(t.snapshot('a-single').byConfidence.sure).toEqual({ voters: 1, right: 0 })
  })
})

describe('given peer instruction: round 1, the discussion, round 2', () => {
  it('refuses ballots during the discussion, carries round 1 into round 2, and counts who moved which way', () => {
    const t = createTally(questions)
    t.vote('v1', ballot(['x']))
    t.vote('v2', ballot(['y']))
    t.vote('v3', ballot(['x']))
    t.step('a-single', 'discuss')
    expect(t.vote('v4', ballot(['y']))).toBe('discuss')
    expect(t.roundOf('a-single')).toBeUndefined()
    t.step('a-single', 'round2')
    // Round 2 begins with every round-1 answer standing.
    expect(t.snapshot('a-single')).toMatchObject({ step: 'round2', voters: 3, right: 1 })
    expect(t.vote('v1', { ...ballot(['y']), round: 1 })).toBe('other-round')
    t.vote('v1', { ...ballot(['y']), round: 2 })
    t.vote('v2', ballot(['z']))
    t.vote('v5', ballot(['y']))
    const s = t.snapshot('a-single')
    expect(s.rounds.map(r => [r.voters, r.right])).toEqual([[3, 1], [4, 2]])
    expect([s.voters, s.right, s.counts]).toEqual([4, 2, { x: 1, y: 2, z: 1 }])
    expect(s.moved).toEqual({ wrongToRight: 1, rightToWrong: 1, stayedRight: 0, stayedWrong: 1 })
    expect(t.ballotOf('v1', 'a-single', 1)).toEqual({ o: ['x'] })
    expect(t.ballotOf('v1', 'a-single')).toEqual({ o: ['y'] })
  })

  it('keeps round 2 as it was when the presenter steps back to the discussion and forward again, and a reset starts over at round 1', () => {
    const t = createTally(questions)
    t.vote('v1', ballot(['x']))
    t.step('a-single', 'round2')
    t.vote('v1', ballot(['y']))
    t.step('a-single', 'discuss')
    expect(t.vote('v2', ballot(['x']))).toBe('discuss')
    t.step('a-single', 'round2')
    expect(t.snapshot('a-single').rounds.map(r => r.voters)).toEqual([1, 1])
    t.reset('a-single')
    expect(t.snapshot('a-single')).toMatchObject({ step: 'round1', voters: 0, rounds: [{ voters: 0 }] })
    expect(t.snapshot('a-single').moved).toBeUndefined()
  })

  it('never reopens round 1 once round 2 has opened: a step back to round 1 leaves the question where it was', () => {
    const t = createTally(questions)
    t.vote('a', ballot(['x']))
    t.vote('b', ballot(['z']))
    t.step('a-single', 'discuss')
    t.step('a-single', 'round2')
    t.vote('a', ballot(['y']))
    const moved = { wrongToRight: 1, rightToWrong: 0, stayedRight: 0, stayedWrong: 1 }
    expect(t.snapshot('a-single').moved).toEqual(moved)
    // ← twice from round 2, or a `g` jump away and back: the deck asks for round 1.
    t.step('a-single', 'round1')
    expect([t.stepOf('a-single'), t.roundOf('a-single')]).toEqual(['round2', 2])
    // A phone still showing round 1 cannot change its answer after the discussion.
    expect(t.vote('b', { ...ballot(['y']), round: 1 })).toBe('other-round')
    t.vote('b', ballot(['y']))
    t.step('a-single', 'round2')
    expect(t.ballotOf('b', 'a-single', 1)).toEqual({ o: ['z'] })
    expect(t.snapshot('a-single').moved).toEqual({ ...moved, wrongToRight: 2, stayedWrong: 0 })
    // From the discussion after round 2, too.
    t.step('a-single', 'discuss')
    t.step('a-single', 'round1')
    expect(t.stepOf('a-single')).toBe('discuss')
    expect(t.snapshot('a-single').rounds.map(r => r.voters)).toEqual([2, 2])
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
    expect(parseBallot({ questionId: 'a-single', optionIds: ['y'], confidence: 'fair', round: 2 }, questions)).toEqual({ ...ballot(['y']), confidence: 'fair', round: 2 })
    expect(parseBallot({ questionId: 'a-single', optionIds: ['y'], confidence: null }, questions)).toEqual(ballot(['y']))
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
    [{ questionId: 'a-single', optionIds: ['y'], confidence: 'certain' }, 'unknown confidence'],
    [{ questionId: 'a-single', optionIds: ['y'], round: 3 }, 'unknown round'],
  ])('refuses %j', (body, error) => {
    expect(parseBallot(body, questions)).toEqual({ error })
  })
})
