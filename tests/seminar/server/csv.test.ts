import type { QuizQuestion } from '../../../quiz/engine/types'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportName, recordQuestions, roomCsv, saveFiles } from '../../../seminar/server/csv'
import { createTally } from '../../../seminar/server/tally'
import { csvRecords as records } from '../../fixtures/csv'
import { multiple, ordering, section, single, truefalse } from '../../fixtures/quiz'

describe('given the room\'s votes', () => {
  const tricky: QuizQuestion = { ...single(), prompt: 'Which, "really"?', options: [{ id: 'x', text: 'Tokyo, then Moscow', explanation: '' }, { id: 'y', text: 'The "eight point" plan\nin full', explanation: '' }, { id: 'z', text: 'Z', explanation: '' }] }
  const bank = [section([tricky, ordering(), multiple()], 'alpha'), { ...section([truefalse()], 'beta'), title: 'Beta, the second' }]
  const slideOf = (id: string) => ({ 'a-single': 5, 'a-multiple': 7, 'a-truefalse': 12 } as Record<string, number>)[id]
  const rows = recordQuestions(bank, slideOf)
  const list = bank.flatMap(s => s.questions)

  function room() {
    const t = createTally(new Map(list.map(x => [x.id, x])))
    t.vote('v1', { questionId: 'a-single', optionIds: ['x'] })
    t.vote('v2', { questionId: 'a-single', optionIds: ['z'] })
    t.vote('v3', { questionId: 'a-single', optionIds: ['y'] })
    t.vote('v4', { questionId: 'a-single', optionIds: ['x'] })
    t.close('a-single')
    // Select-all, key p and q: one all right, one p and s, one p, q and r.
    t.vote('v1', { questionId: 'a-multiple', optionIds: ['p', 'q'] })
    t.vote('v2', { questionId: 'a-multiple', optionIds: ['p', 's'] })
    t.vote('v3', { questionId: 'a-multiple', optionIds: ['p', 'q', 'r'] })
    return t
  }

  it('names the file by the laptop\'s local date and time, a rehearsal\'s apart from a class\'s', () => {
    expect(exportName(new Date(2026, 0, 9, 9, 5, 7))).toBe('seminar-2026-01-09_09-05-07.csv')
    expect(exportName(new Date(2026, 0, 9, 23, 30, 0), 'rehearsal')).toBe('rehearsal-2026-01-09_23-30-00.csv')
  })

  it('never overwrites an earlier file: two saves in one second make two files, and a third a third', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rj-csv-'))
    const name = exportName(new Date(2026, 0, 9, 9, 5, 7))
    writeFileSync(join(dir, 'seminar-2026-01-09_09-05-07-2.csv'), 'a file from elsewhere')
    const files = ['first', 'second', 'third'].map(text => saveFiles(dir, name, [['.csv', text]])[0]!)
    expect(files.map(f => f.slice(dir.length + 1))).toEqual(['seminar-2026-01-09_09-05-07.csv', 'seminar-2026-01-09_09-05-07-3.csv', 'seminar-2026-01-09_09-05-07-4.csv'])
    expect(files.map(f => readFileSync(f, 'utf8'))).toEqual(['first', 'second', 'third'])
    expect(readdirSync(dir)).toHaveLength(4)
    expect(readFileSync(join(dir, 'seminar-2026-01-09_09-05-07-2.csv'), 'utf8')).toBe('a file from elsewhere')
  })

  it('saves the CSV and the report under one stem that neither name takes: a stray .html moves both on', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rj-csv-'))
    const name = exportName(new Date(2026, 0, 9, 9, 5, 7))
    saveFiles(dir, name, [['.csv', 'earlier'], ['.html', 'earlier report']])
    // The next name's CSV is free, its report's name is not.
    writeFileSync(join(dir, 'seminar-2026-01-09_09-05-07-2.html'), 'a stray report')
    const [csv, html] = saveFiles(dir, name, [['.csv', 'rows'], ['.html', 'report']])
    expect([csv, html].map(f => f!.slice(dir.length + 1))).toEqual(['seminar-2026-01-09_09-05-07-3.csv', 'seminar-2026-01-09_09-05-07-3.html'])
    expect([csv, html].map(f => readFileSync(f!, 'utf8'))).toEqual(['rows', 'report'])
    expect(readdirSync(dir).sort()).toEqual(['seminar-2026-01-09_09-05-07-2.html', 'seminar-2026-01-09_09-05-07-3.csv', 'seminar-2026-01-09_09-05-07-3.html', 'seminar-2026-01-09_09-05-07.csv', 'seminar-2026-01-09_09-05-07.html'])
    expect(readFileSync(join(dir, 'seminar-2026-01-09_09-05-07-2.html'), 'utf8')).toBe('a stray report')
  })

  it('writes one row per votable question in deck order, numbered by slide and by section as the quiz slide and answer key do', () => {
    const t = room()
    const got = records(roomCsv(rows, t.snapshot, id => id !== 'a-truefalse'))
    expect(got.map(r => [r.slide, r.section, r['question in section'], r.id])).toEqual([
      ['5', 'Alpha', '1 of 3', 'a-single'],
      ['7', 'Alpha', '3 of 3', 'a-multiple'],
      ['12', 'Beta, the second', '1 of 1', 'a-truefalse'],
    ])
  })

  it('writes a row for each round held, round 2 with who moved, share right by confidence, difficulty and discrimination on the last', () => {
    const t = room()
    t.vote('v1', { questionId: 'a-truefalse', optionIds: ['false'], confidence: 'sure' })
    t.vote('v2', { questionId: 'a-truefalse', optionIds: ['true'], confidence: 'guess' })
    t.step('a-truefalse', 'discuss')
    t.step('a-truefalse', 'round2')
    t.vote('v1', { questionId: 'a-truefalse', optionIds: ['true'] })
    const got = records(roomCsv(rows, t.snapshot, () => true, id => id === 'a-truefalse' ? 0.5 : undefined)).filter(r => r.id === 'a-truefalse')
    expect(got.map(r => [r.round, r.voters, r.right, r['moved wrong to right'], r['moved right to wrong'], r['voters sure'], r['right sure'], r['voters guessing'], r['voters not said'], r.difficulty, r.discrimination])).toEqual([
      ['1', '2', '1', '', '', '1', '0', '1', '0', '', ''],
      ['2', '2', '2', '1', '0', '0', '0', '1', '1', '1.00', '0.50'],
    ])
  })

  it('gives the key\'s letters, every option\'s text, and the wrong option chosen most, commas, quotes and line breaks intact', () => {
    const text = roomCsv(rows, room().snapshot, () => true)
    expect(text.split('\r\n')[0]).toBe('\uFEFFslide,section,question in section,id,question,answer,status,round,key,voters,right,share right (%),most-chosen wrong option,chose it,option A,chose A,option B,chose B,option C,chose C,option D,chose D,moved wrong to right,moved right to wrong,voters sure,right sure,voters fairly sure,right fairly sure,voters guessing,right guessing,voters not said,right not said,difficulty,discrimination')
    const [one] = records(text)
    expect(one).toMatchObject({
      'question': 'Which, "really"?',
      'answer': 'choose one',
      'status': 'asked, voting closed',
      'key': 'B',
      'voters': '4',
      'right': '1',
      'share right (%)': '25',
      'most-chosen wrong option': 'A: Tokyo, then Moscow',
      'chose it': '2',
      'option A': 'Tokyo, then Moscow',
      'chose A': '2',
      'option B': 'The "eight point" plan\nin full',
      'chose B': '1',
      'option C': 'Z',
      'chose C': '1',
      'option D': '',
      'chose D': '',
    })
  })

  it('on select-all, counts how many chose each option, not only who got it all right', () => {
    const [, all] = records(roomCsv(rows, room().snapshot, () => true))
    expect(all).toMatchObject({ 'answer': 'select all that apply', 'status': 'asked, voting open', 'key': 'A, B', 'voters': '3', 'right': '1', 'share right (%)': '33' })
    expect(['A', 'B', 'C', 'D'].map(l => [all![`option ${l}`], all![`chose ${l}`]])).toEqual([['P', '3'], ['Q', '2'], ['R', '1'], ['S', '1']])
    // R and S, one each: both named.
    expect([all!['most-chosen wrong option'], all!['chose it']]).toEqual(['C: R; D: S', '1'])
  })

  it('marks a question never opened "not asked", with no counts, and one opened that nobody answered with zeros', () => {
    const t = room()
    const [,, never] = records(roomCsv(rows, t.snapshot, id => id !== 'a-truefalse'))
    expect(never).toMatchObject({ 'status': 'not asked', 'key': 'A', 'voters': '', 'right': '', 'share right (%)': '', 'most-chosen wrong option': '', 'option A': 'True', 'chose A': '', 'option B': 'False', 'chose B': '' })
    const [,, silent] = records(roomCsv(rows, t.snapshot, () => true))
    expect(silent).toMatchObject({ 'status': 'asked, voting open', 'voters': '0', 'right': '0', 'share right (%)': '', 'chose A': '0', 'chose B': '0' })
  })
})
