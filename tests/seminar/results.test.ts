import type { QuestionTally } from '../../seminar/protocol'
import { describe, expect, it } from 'vitest'
import { lettersOf, pagesOf, roomResult } from '../../seminar/results'
import { multiple, single, truefalse } from '../fixtures/quiz'

const tally = (questionId: string, counts: Record<string, number>, voters: number, right: number, closed = false): QuestionTally => ({ questionId, counts, voters, right, closed })

describe('given a question and the room\'s votes on it', () => {
  it('names the key by its letters and the wrong option most of the room chose', () => {
    // Options x, y (the key), z: A, B, C.
    const r = roomResult(single(), tally('a-single', { x: 1, y: 2, z: 4 }, 7, 2, true), true)
    expect(r.status).toBe('closed')
    expect(lettersOf(r.key)).toBe('B')
    expect(r.share).toBe(29)
    expect(r.mostChosenWrong).toEqual({ options: [{ id: 'z', letter: 'C', text: 'Z' }], count: 4 })
  })

  it('gives every wrong option tied for the most, and none when nobody chose a wrong one', () => {
    expect(lettersOf(roomResult(single(), tally('a-single', { x: 3, y: 1, z: 3 }, 7, 1), true).mostChosenWrong!.options)).toBe('A, C')
    expect(roomResult(single(), tally('a-single', { x: 0, y: 5, z: 0 }, 5, 5), true).mostChosenWrong).toBeUndefined()
    expect(roomResult(truefalse(), tally('a-truefalse', { true: 1, false: 2 }, 3, 1), true).mostChosenWrong!.options[0]!.text).toBe('False')
  })

  it('on select-all, counts every option ticked and takes a ticked option outside the key as the wrong one, however many ticked the key', () => {
    // Key p, q; two voters tick p and s, one ticks p, q and r.
    const r = roomResult(multiple(), tally('a-multiple', { p: 3, q: 1, r: 1, s: 2 }, 3, 0), true)
    expect(r.counts.map(c => `${c.option.letter}:${c.count}`)).toEqual(['A:3', 'B:1', 'C:1', 'D:2'])
    expect(lettersOf(r.key)).toBe('A, B')
    expect(lettersOf(r.mostChosenWrong!.options)).toBe('D')
    expect(r.share).toBe(0)
  })

  it('tells a question never opened from one opened that nobody voted on', () => {
    expect(roomResult(single(), undefined, false).status).toBe('not-asked')
    const asked = roomResult(single(), undefined, true)
    expect(asked.status).toBe('open')
    expect([asked.voters, asked.share]).toEqual([0, undefined])
    // Votes mean it was open, whatever the caller knew.
    expect(roomResult(single(), tally('a-single', { y: 1 }, 1, 1), false).status).toBe('open')
  })
})

describe('given more questions than fit on one screen', () => {
  it('pages them evenly, as few pages as will hold them', () => {
    const n = (k: number) => Array.from({ length: k }, (_, i) => i)
    expect(pagesOf(n(12), 12)).toEqual([n(12)])
    expect(pagesOf(n(13), 12).map(p => p.length)).toEqual([7, 6])
    expect(pagesOf(n(27), 12).map(p => p.length)).toEqual([9, 9, 9])
    expect(pagesOf(n(13), 12).flat()).toEqual(n(13))
    expect(pagesOf([], 12)).toEqual([[]])
  })
})
