import type { QuizQuestion } from '../../../quiz/engine/types'
import { describe, expect, it } from 'vitest'
import { exportName, roomCsv } from '../../../seminar/server/csv'
import { createTally } from '../../../seminar/server/tally'
import { multiple, ordering, single } from '../../fixtures/quiz'

describe('given the room\'s votes', () => {
  it('names the file by the laptop\'s local date', () => {
    expect(exportName(new Date(2026, 0, 9, 23, 30))).toBe('seminar-2026-01-09.csv')
    // A rehearsal's results never take the class's file.
    expect(exportName(new Date(2026, 0, 9, 23, 30), 'rehearsal')).toBe('rehearsal-2026-01-09.csv')
  })

  it('writes a row per votable question with voters, share right and each option\'s count in display order', () => {
    const q = { ...single(), prompt: 'Which, "really"?' }
    const list: QuizQuestion[] = [q, ordering(), multiple()]
    const t = createTally(new Map(list.map(x => [x.id, x])))
    t.vote('v1', { questionId: 'a-single', optionIds: ['y'] })
    t.vote('v2', { questionId: 'a-single', optionIds: ['x'] })
    t.vote('v3', { questionId: 'a-single', optionIds: ['y'] })
    expect(roomCsv(list, t.snapshot).split('\r\n')).toEqual([
      'question,prompt,voters,right,share right (%),A,B,C,D',
      'a-single,"Which, ""really""?",3,2,67,1,2,0',
      'a-multiple,Which ones?,0,0,,0,0,0,0',
      '',
    ])
  })
})
