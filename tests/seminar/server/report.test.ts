// The teacher's report (seminar/server/report.ts): what the room misread, one self-contained HTML page.

import type { QuizQuestion } from '../../../quiz/engine/types'
import { describe, expect, it } from 'vitest'
import { recordQuestions, roomCsv } from '../../../seminar/server/csv'
import { analyseRoom, discrimination, reportHtml } from '../../../seminar/server/report'
import { createTally } from '../../../seminar/server/tally'
import { multiple, PARAGRAPHS, section, single, truefalse } from '../../fixtures/quiz'

const bank = [section([single(), multiple(), truefalse()], 'alpha')]
const list: QuizQuestion[] = bank.flatMap(s => s.questions)
const rows = recordQuestions(bank, id => ({ 'a-single': 5, 'a-multiple': 6, 'a-truefalse': 7 } as Record<string, number>)[id])
const voter = (i: number) => `voter-id-${String(i).padStart(13, '0')}`

/** Ten devices: on a-single (key y) 4 right in round 1, 8 in round 2; a-truefalse right for the first 5 only; a-multiple not asked. */
function room() {
  const t = createTally(new Map(list.map(q => [q.id, q])))
  for (let i = 0; i < 10; i++) t.vote(voter(i), { questionId: 'a-single', optionIds: [i < 4 ? 'y' : i < 9 ? 'x' : 'z'], confidence: i < 4 ? 'guess' : 'sure' })
  t.step('a-single', 'discuss')
  t.step('a-single', 'round2')
  for (let i = 4; i < 8; i++) t.vote(voter(i), { questionId: 'a-single', optionIds: ['y'] })
  t.vote(voter(0), { questionId: 'a-single', optionIds: ['z'] })
  t.vote(voter(1), { questionId: 'a-single', optionIds: ['y'] })
  t.close('a-single')
  for (let i = 0; i < 10; i++) t.vote(voter(i), { questionId: 'a-truefalse', optionIds: [i < 5 ? 'true' : 'false'] })
  return t
}
const asked = (id: string) => id !== 'a-multiple'

describe('given the room\'s votes', () => {
  it('computes each question\'s rounds, who moved, difficulty, and discrimination from the top and bottom 27% of devices', () => {
    const a = analyseRoom(rows, room(), asked)
    expect(a.devices).toBe(10)
    expect(a.group).toBe(3)
    expect(a.questions.map(x => x.row.question.id)).toEqual(['a-single', 'a-truefalse'])
    const [one, tf] = a.questions
    expect(one!.rounds.map(r => r.result.share)).toEqual([40, 70])
    expect(one!.moved).toEqual({ wrongToRight: 4, rightToWrong: 1, stayedRight: 3, stayedWrong: 2 })
    expect(one!.mostWrong.map(w => [w.option.letter, w.count, w.explanation])).toEqual([['C', 2, 'Because z.']])
    expect(one!.difficulty).toBe(0.7)
    // Totals: devices 1-4 have 2, 0 and 5-7 have 1, 8 and 9 none. Top 3: devices 1, 2, 3; bottom 3: 7, 8, 9.
    expect(tf!.discrimination).toBe(1)
    expect(one!.discrimination).toBe(0.67)
  })

  it('leaves discrimination out with fewer than two devices, and counts a device that did not answer as not right', () => {
    expect(discrimination(new Map([['d', new Map([['q', true]])]]), ['q']).index.size).toBe(0)
    const { index, group } = discrimination(new Map([['a', new Map([['q', true], ['r', true]])], ['b', new Map([['r', false]])]]), ['q', 'r'])
    expect(group).toBe(1)
    expect(Object.fromEntries(index)).toEqual({ q: 1, r: 1 })
  })

  it('writes one self-contained page: inline SVG charts, no script, no external request, the most-missed questions\' paragraphs linked to /article#pN, and a weak question marked', () => {
    const html = reportHtml(analyseRoom(rows, room(), asked), { when: new Date(2026, 11, 7, 10, 15), paragraphs: PARAGRAPHS, articleUrl: 'http://127.0.0.1:3030/deck/article' })
    expect(html).toMatch(/^<!doctype html>/)
    expect(html.match(/<svg /g)!.length).toBeGreaterThanOrEqual(4)
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|url\(|@import/i)
    expect(html).toContain('<a href="http://127.0.0.1:3030/deck/article#p1">Article, paragraph 1</a>')
    expect(html).toContain(PARAGRAPHS[0])
    expect(html).toContain('Round 2')
    expect(html).toContain('Because z.')
    expect(html).toContain('guessing')
    // a-single discriminates at 0.67, a-truefalse at 1: neither is weak; with every device right, one is.
    expect(html).not.toContain('<strong>weak</strong>')
    const easy = createTally(new Map(list.map(q => [q.id, q])))
    for (let i = 0; i < 4; i++) easy.vote(voter(i), { questionId: 'a-single', optionIds: ['y'] })
    for (let i = 0; i < 4; i++) easy.vote(voter(i), { questionId: 'a-truefalse', optionIds: [i < 2 ? 'true' : 'false'] })
    expect(reportHtml(analyseRoom(rows, easy, asked), { when: new Date(), paragraphs: PARAGRAPHS, articleUrl: '/article' })).toContain('<strong>weak</strong>')
  })

  it('names no device: no voter id reaches the report or the CSV', () => {
    const t = room()
    const a = analyseRoom(rows, t, asked)
    const files = [reportHtml(a, { when: new Date(), paragraphs: PARAGRAPHS, articleUrl: '/article' }), roomCsv(rows, t.snapshot, asked, id => a.questions.find(x => x.row.question.id === id)?.discrimination)]
    for (const text of files) {
      expect(text).not.toContain('voter-id-')
      expect(text).not.toMatch(/\b10\.0\.0\.\d/)
    }
  })
})
