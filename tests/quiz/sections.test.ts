// The section manifest (quiz/sections.ts) as the browser loads it, section by section, against the whole bank
// Node loads from the same manifest (quiz/bank).

import { describe, expect, it } from 'vitest'
import { quizBank } from '../../quiz/bank'
import { loadAllSections, loadSection } from '../../quiz/sections'

describe('the quiz bank as the browser loads it, section by section', () => {
  it('shows every question with the options, letters and targets of the whole bank', async () => {
    expect(await loadAllSections()).toEqual(quizBank)
  })

  it('fetches a section once, and rejects an unknown one', async () => {
    expect(await loadSection('china')).toBe(await loadSection('china'))
    await expect(loadSection('nowhere')).rejects.toThrow(/Unknown quiz section "nowhere"/)
  })
})
