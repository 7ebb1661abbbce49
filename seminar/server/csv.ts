/**
 * The teacher's record of a seminar, as "Save the room's results" and the end of a class write it: a CSV
 * file (RFC 4180: a header row, CRLF, quotes where a cell needs them; UTF-8 with a byte-order mark, so a
 * spreadsheet reads the curly quotes) with one row per votable question and round of peer instruction held (round 1,
 * and round 2 when it opened), in deck order. Each row names the
 * question three ways (its slide, as the results slide does; its section and number there, as the quiz slide's
 * "Question 2 of 4" and the answer key do; its id), then its status ("not asked" for a question the presenter
 * never opened: no counts), the key's letters, voters, right, share right, the wrong option chosen most, and
 * each option's text with how many chose it (for select-all, every option a voter ticked); then, as the report
 * (report.ts) has them, how many moved wrong to right and right to wrong (on round 2's row), share right by
 * confidence, difficulty and discrimination. No voter id, address or cookie.
 * Files are named by the laptop's local date and time, and a name already taken gets -2, -3…: no save
 * overwrites another. The CSV and the report (report.ts) share one stem, chosen so that neither name is taken.
 *
 * Usage: `saveFiles('exports', exportName(new Date()), [['.csv', roomCsv(recordQuestions(quizBank, slideOf), room.tally.snapshot, room.wasAsked)], ['.html', html]])`
 */

import type { QuizQuestion, QuizSection } from '../../quiz/engine/types'
import type { QuestionTally, RoundTally } from '../protocol'
import type { LetteredOption } from '../results'
import { existsSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { choosesMany, isVotable, letter } from '../../quiz/engine/scoring'
import { CONFIDENCE_WORDS } from '../protocol'
import { lettersOf, roomResult, STATUS_WORDS } from '../results'

/** `seminar-YYYY-MM-DD_HH-MM-SS.csv` for a class, `rehearsal-…` for a rehearsal, by the laptop's local date and time. */
export function exportName(d: Date, record: 'rehearsal' | 'class' = 'class'): string {
  const two = (n: number) => String(n).padStart(2, '0')
  const day = `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`
  const time = `${two(d.getHours())}-${two(d.getMinutes())}-${two(d.getSeconds())}`
  return `${record === 'class' ? 'seminar' : 'rehearsal'}-${day}_${time}.csv`
}

/** The end of the record's name (exportName); the files saved beside it (saveFiles) share the rest, the stem. */
export const CSV_EXTENSION = '.csv'

/**
 * Writes each `[extension, text]` to a new file in `dir`, all under one stem: `name` without `.csv`, or with
 * -2, -3… after it when any of the files' names is taken (two saves in one second, two groups the same day, a
 * stray file); never overwrites. Returns the files' paths, in the order given. A clash found halfway (a file
 * made meanwhile) takes back the files this stem got and tries the next; any other error is thrown as it is.
 */
export function saveFiles(dir: string, name: string, files: readonly (readonly [extension: string, text: string])[]): string[] {
  const stem = name.endsWith(CSV_EXTENSION) ? name.slice(0, -CSV_EXTENSION.length) : name
  for (let n = 1; ; n++) {
    const base = join(dir, n === 1 ? stem : `${stem}-${n}`)
    if (files.some(([extension]) => existsSync(base + extension)))
      continue
    const written: string[] = []
    try {
      for (const [extension, text] of files) {
        writeFileSync(base + extension, text, { flag: 'wx' })
        written.push(base + extension)
      }
      return written
    }
    catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST')
        throw e
      for (const file of written) rmSync(file)
    }
  }
}

/** A votable question where the record places it: its section, its number there (of how many), and its slide. */
export interface RecordQuestion {
  question: QuizQuestion
  section: string
  number: number
  of: number
  slide: number | undefined
}

/** The bank's votable questions in deck order, each with its section, its number there and its slide. */
export function recordQuestions(sections: readonly QuizSection[], slideOf: (id: string) => number | undefined): RecordQuestion[] {
  return sections.flatMap(s => s.questions.map((question, i) => ({ question, section: s.title, number: i + 1, of: s.questions.length, slide: slideOf(question.id) })))
    .filter(r => isVotable(r.question))
}

/** A character that makes a CSV cell need quotes. */
const NEEDS_QUOTES = /[",\n\r]/

function cell(v: string | number | undefined) {
  const s = String(v ?? '')
  return NEEDS_QUOTES.test(s) ? `"${s.replaceAll('"', '""')}"` : s
}

const named = (options: readonly LetteredOption[]) => options.map(o => `${o.letter}: ${o.text}`).join('; ')

/** One round's votes as a tally of their own, the question's other fields kept: what roomResult reads, per round (the CSV's rows, the report's charts). */
export const roundTally = (t: QuestionTally, r: RoundTally): QuestionTally => ({ ...t, counts: r.counts, voters: r.voters, right: r.right, byConfidence: r.byConfidence })

export function roomCsv(rows: readonly RecordQuestion[], tallyOf: (id: string) => QuestionTally | undefined, wasAsked: (id: string) => boolean, discriminationOf: (id: string) => number | undefined = () => undefined): string {
  const width = Math.max(0, ...rows.map(r => r.question.options.length))
  const confidences = ['sure', 'fair', 'guess', 'none'] as const
  const header = ['slide', 'section', 'question in section', 'id', 'question', 'answer', 'status', 'round', 'key', 'voters', 'right', 'share right (%)', 'most-chosen wrong option', 'chose it', ...Array.from({ length: width }, (_, i) => [`option ${letter(i)}`, `chose ${letter(i)}`]).flat(), 'moved wrong to right', 'moved right to wrong', ...confidences.flatMap(c => [`voters ${CONFIDENCE_WORDS[c]}`, `right ${CONFIDENCE_WORDS[c]}`]), 'difficulty', 'discrimination']
  const lines = rows.flatMap(({ question: q, section, number, of, slide }) => {
    const whole = tallyOf(q.id)
    const rounds: (QuestionTally | undefined)[] = whole?.rounds?.length ? whole.rounds.map(r => roundTally(whole, r)) : [whole]
    return rounds.map((t, i) => line(q, section, number, of, slide, t, i + 1, whole, i === rounds.length - 1))
  })
  function line(q: QuizQuestion, section: string, number: number, of: number, slide: number | undefined, t: QuestionTally | undefined, round: number, whole: QuestionTally | undefined, last: boolean) {
    const r = roomResult(q, t, wasAsked(q.id))
    const asked = r.status !== 'not-asked'
    const wrong = r.mostChosenWrong
    const by = t?.byConfidence
    return [
      slide,
      section,
      `${number} of ${of}`,
      q.id,
      q.prompt,
      choosesMany(q) ? 'select all that apply' : 'choose one',
      STATUS_WORDS[r.status],
      asked ? round : undefined,
      lettersOf(r.key),
      asked ? r.voters : undefined,
      asked ? r.right : undefined,
      r.share,
      wrong ? named(wrong.options) : r.voters ? 'none' : undefined,
      wrong?.count ?? (r.voters ? 0 : undefined),
      ...r.counts.flatMap(c => [c.option.text, asked ? c.count : undefined]),
      ...Array.from({ length: 2 * (width - r.counts.length) }, () => undefined),
      round === 2 ? whole?.moved?.wrongToRight : undefined,
      round === 2 ? whole?.moved?.rightToWrong : undefined,
      ...confidences.flatMap(c => asked && by ? [by[c].voters, by[c].right] : [undefined, undefined]),
      last && r.voters ? (r.right / r.voters).toFixed(2) : undefined,
      last && r.voters ? discriminationOf(q.id)?.toFixed(2) : undefined,
    ]
  }
  return `\uFEFF${[header, ...lines].map(r => r.map(cell).join(',')).join('\r\n')}\r\n`
}
