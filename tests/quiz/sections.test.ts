// The browser's per-section bank (quiz/sections.ts) against the whole bank Node uses (quiz/index.ts).

import { describe, expect, it } from 'vitest'
import { quizBank } from '../../quiz/bank'
import { loadAllSections, loadSection, SECTION_IDS, sectionOfQuestion } from '../../quiz/sections'

describe('the quiz bank as the browser loads it, section by section', () => {
  it('has the same sections, in the same order, as the whole bank', () => {
    expect(SECTION_IDS).toEqual(quizBank.map(s => s.id))
  })

  it('shows every question with the options, letters and targets of the whole bank', async () => {
    expect(await loadAllSections()).toEqual(quizBank)
  })

  it('finds each question\'s section from its id alone, as a quiz slide must before loading it', () => {
    for (const s of quizBank) {
      for (const q of s.questions) expect(sectionOfQuestion(q.id), q.id).toBe(s.id)
    }
    expect(() => sectionOfQuestion('chinese-whispers')).toThrow(/belongs to no section/)
  })

  it('fetches a section once, and rejects an unknown one', async () => {
    expect(await loadSection('china')).toBe(await loadSection('china'))
    await expect(loadSection('nowhere')).rejects.toThrow(/Unknown quiz section "nowhere"/)
  })
})
