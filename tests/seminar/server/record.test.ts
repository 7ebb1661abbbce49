// @vitest-environment node
// The seminar's records on a real disk, in a folder of its own: a rehearsal's and a class's kept apart.

import type { Entry } from '../../../seminar/server/room'
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openJournal } from '../../../seminar/server/journal'
import { chooseRecord, recordName } from '../../../seminar/server/record'

const folder = () => mkdtempSync(join(tmpdir(), 'rj-record-'))
const entries = (file: string) => openJournal<Entry>(file).replay().entries
const write = (file: string, ...lines: Entry[]) => writeFileSync(file, lines.map(e => `${JSON.stringify(e)}\n`).join(''))
const vote: Entry = { t: 'vote', v: 'v', q: 'a-single', o: ['y'] }
const closed: Entry = { t: 'close', q: 'a-single' }

describe('given a rehearsal the evening before', () => {
  it('keeps its record apart from the class\'s, so the class begins with nothing of it', () => {
    const dir = folder()
    const rehearsal = chooseRecord(dir, 'rehearsal')
    write(rehearsal.file, vote, closed)
    rehearsal.end()
    const lesson = chooseRecord(dir, 'class')
    expect(lesson.start).toBe('fresh')
    expect(lesson.file).not.toBe(rehearsal.file)
    expect(entries(lesson.file)).toEqual([])
  })

  it('begins every rehearsal afresh', () => {
    const dir = folder()
    write(chooseRecord(dir, 'rehearsal').file, vote, closed)
    const again = chooseRecord(dir, 'rehearsal')
    expect(again.start).toBe('fresh')
    expect(entries(again.file)).toEqual([])
  })

  it('refuses to resume a rehearsal', () => {
    expect(() => chooseRecord(folder(), 'rehearsal', { resume: true })).toThrow('Only a class can be resumed')
  })
})

describe('given a class', () => {
  it('resumes a class that did not end cleanly (a crash), with every entry and when it began', () => {
    const dir = folder()
    const first = chooseRecord(dir, 'class', { now: new Date('2026-12-08T09:02:11Z') })
    write(first.file, vote, closed)
    const again = chooseRecord(dir, 'class', { now: new Date('2026-12-08T09:40:00Z') })
    expect(again.start).toBe('unfinished')
    expect(again.begunAt).toBe('2026-12-08T09:02:11.000Z')
    expect(entries(again.file)).toEqual([vote, closed])
  })

  it('puts an ended class away, so the next class begins empty, and brings it back on request', () => {
    const dir = folder()
    const first = chooseRecord(dir, 'class', { now: new Date('2026-12-08T09:02:11Z') })
    write(first.file, vote)
    expect(first.end()).toBe(join(dir, 'classes', '2026-12-08T09-02-11'))
    expect(existsSync(first.folder)).toBe(false)

    const next = chooseRecord(dir, 'class', { now: new Date('2026-12-08T14:00:00Z') })
    expect(next.start).toBe('fresh')
    expect(entries(next.file)).toEqual([])
    write(next.file, closed)
    next.end()

    const reopened = chooseRecord(dir, 'class', { resume: true })
    expect(reopened.start).toBe('reopened')
    expect(entries(reopened.file)).toEqual([closed])
    expect(readdirSync(join(dir, 'classes'))).toEqual(['2026-12-08T09-02-11'])
  })

  it('never overwrites an ended class begun in the same second', () => {
    const dir = folder()
    const now = new Date('2026-12-08T09:02:11Z')
    for (let i = 0; i < 2; i++) {
      const r = chooseRecord(dir, 'class', { now })
      write(r.file, vote)
      r.end()
    }
    expect(readdirSync(join(dir, 'classes')).sort()).toEqual([recordName(now.toISOString()), `${recordName(now.toISOString())}-2`])
  })

  it('says so when there is no ended class to resume', () => {
    expect(() => chooseRecord(folder(), 'class', { resume: true })).toThrow('no ended class to resume')
  })
})
