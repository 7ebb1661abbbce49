// The teacher's report (seminar/server/report.ts): what the room misread, one self-contained HTML page.

import type { QuizQuestion } from '../../../quiz/engine/types'
import type { Entry } from '../../../seminar/server/room'
import { describe, expect, it } from 'vitest'
import { VOTER_COOKIE, WAITING_COOKIE } from '../../../seminar/server/audience'
import { recordQuestions } from '../../../seminar/server/csv'
import { openJournal } from '../../../seminar/server/journal'
import { analyseRoom, discrimination, reportHtml, roomFiles } from '../../../seminar/server/report'
import { createRoom } from '../../../seminar/server/room'
import { createTally } from '../../../seminar/server/tally'
import { multiple, PARAGRAPHS, section, single, truefalse } from '../../fixtures/quiz'
import { memoryDisk } from './memoryDisk'

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
    // Totals: devices 1-4 have 2, 0 and 5-7 have 1, 8 and 9 none. Top 3 places: devices 1-4 tie, each counts 3/4;
    // bottom 3: devices 8 and 9, and 0, 5, 6, 7 tied for the last place, each 1/4. Right on a-truefalse: top all,
    // bottom only device 0 (1/4 of 3); on a-single: top all, bottom 5, 6 and 7 (3/4 of 3).
    expect(tf!.discrimination).toBe(Math.round((1 - 0.25 / 3) * 100) / 100)
    expect(one!.discrimination).toBe(Math.round((1 - 0.75 / 3) * 100) / 100)
  })

  it('leaves discrimination out with fewer than two devices', () => {
    expect(discrimination(new Map([['d', new Map([['q', true]])]]), ['q']).index.size).toBe(0)
  })

  it('splits devices tied on their total at a group\'s edge fairly: the index does not depend on the order they voted in', () => {
    // Six devices, two groups of 2 (27% of 6, rounded). a and b have 2 right; c, d, e and f have 1 each and tie
    // for both groups' edge places: c and d got q right, e and f got r right.
    const devices: [string, [string, boolean][]][] = [
      ['a', [['q', true], ['r', true]]],
      ['b', [['q', true], ['r', true]]],
      ['c', [['q', true], ['r', false]]],
      ['d', [['q', true], ['r', false]]],
      ['e', [['q', false], ['r', true]]],
      ['f', [['q', false], ['r', true]]],
    ]
    const orders = [devices, [...devices].reverse(), [devices[4]!, devices[0]!, devices[2]!, devices[5]!, devices[1]!, devices[3]!]]
    const results = orders.map(o => discrimination(new Map(o.map(([id, a]) => [id, new Map(a)])), ['q', 'r']))
    for (const r of results) {
      expect(r.group).toBe(2)
      // Top: a and b. Bottom: c, d, e, f, half a place each: half of them right on q, half on r.
      expect(Object.fromEntries(r.index)).toEqual({ q: 0.5, r: 0.5 })
    }
  })

  it('counts a device on a question only if it answered it: a late joiner is not wrong on what it never saw', () => {
    // Four devices, groups of 1. a answered both right; late answered only r, wrong; b and c got q right, r wrong.
    const answers = new Map([
      ['a', new Map([['q', true], ['r', true]])],
      ['b', new Map([['q', true], ['r', false]])],
      ['c', new Map([['q', true], ['r', false]])],
      ['late', new Map([['r', false]])],
    ])
    const { index, group } = discrimination(answers, ['q', 'r'])
    expect(group).toBe(1)
    // Bottom: late (total 0). On r it was wrong: 1 - 0. On q it has no answer, so the bottom group has none: no index,
    // where counting it wrong would give q a perfect 1.
    expect(index.get('r')).toBe(1)
    expect(index.has('q')).toBe(false)
    // With the late joiner's answer to q present and right, q no longer separates anyone.
    answers.get('late')!.set('q', true)
    expect(discrimination(answers, ['q', 'r']).index.get('q')).toBe(0)
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

  it('names no device: no voter id, network address or cookie name reaches the CSV or the report a save writes', async () => {
    // A room as the server holds it: devices issued ids from their addresses, one address refused and let in.
    const room = createRoom({ questions: new Map(list.map(q => [q.id, q])), journal: openJournal<Entry>('j', memoryDisk(), () => {}), votersPerAddress: 2 })
    const addresses = ['10.0.0.7', '10.0.0.8', '192.168.1.23', 'fd00::1234']
    const ids: string[] = []
    for (const a of addresses) {
      for (let i = 0; i < 2; i++) ids.push((await room.issueVoter(a))!)
    }
    room.refuse('10.0.0.7', 'waiting-cookie-id-01')
    await room.allow('10.0.0.7')
    ids.push((await room.issueVoter('10.0.0.7'))!)
    await room.setCurrent('a-single')
    for (const [i, v] of ids.entries()) await room.vote(v, { questionId: 'a-single', optionIds: [i % 3 ? 'y' : 'x'], confidence: 'sure' })
    await room.setStep('a-single', 'discuss')
    await room.setStep('a-single', 'round2')
    await room.vote(ids[0]!, { questionId: 'a-single', optionIds: ['y'] })
    await room.setCurrent('a-truefalse')
    for (const [i, v] of ids.entries()) await room.vote(v, { questionId: 'a-truefalse', optionIds: [i % 2 ? 'true' : 'false'] })
    expect(ids.every(Boolean)).toBe(true)
    expect(room.tally.snapshot('a-single').voters).toBe(ids.length)

    const files = roomFiles(rows, room, { when: new Date(), paragraphs: PARAGRAPHS, articleUrl: '/article' })
    expect(files.map(([extension]) => extension)).toEqual(['.csv', '.html'])
    for (const [, text] of files) {
      expect(text).toContain('Which')
      for (const secret of [...ids, ...addresses, 'waiting-cookie-id-01', VOTER_COOKIE, WAITING_COOKIE])
        expect(text).not.toContain(secret)
    }
  })
})
