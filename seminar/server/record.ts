/**
 * Which record a seminar keeps: a rehearsal's or a class's, each in its own folder, so that nothing a
 * rehearsal does (votes, closed questions) can reach the class.
 * - `rehearsal` (the default): `<dir>/rehearsal/`, begun afresh every time; the last one stays until the next.
 * - `class`: `<dir>/class/`. A class that did not end cleanly (a crash, a power cut) is resumed with every
 *   acknowledged vote; otherwise a fresh record begins. Ending the class (Ctrl+C) moves its record to
 *   `<dir>/classes/<when it began>/`, so the next class starts empty; `resume` brings the newest one back.
 *
 * Usage: `const r = chooseRecord('.seminar', 'class', { resume: false })`; `openJournal(r.file)`; on a clean exit `r.end()`
 */

import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export type RecordKind = 'rehearsal' | 'class'

/** How the record was found: begun now, an unfinished class carried on, or an ended class brought back. */
export type RecordStart = 'fresh' | 'unfinished' | 'reopened'

export interface SeminarRecord {
  kind: RecordKind
  /** The record's journal. */
  file: string
  folder: string
  start: RecordStart
  /** When the record was begun (ISO 8601). */
  begunAt: string
  /** Ends the record on a clean exit: a class's moves to `classes/`, where the next class cannot resume it; returns where. */
  end: () => string
}

const META = 'record.json'

/** A folder name for a record begun at `iso`: `2026-12-07T09-02-11`, sortable, valid on every file system. */
export const recordName = (iso: string) => iso.slice(0, 19).replaceAll(':', '-')

function begunAt(folder: string): string | undefined {
  try {
    const meta = JSON.parse(readFileSync(join(folder, META), 'utf8')) as { begunAt?: unknown }
    return typeof meta.begunAt === 'string' ? meta.begunAt : undefined
  }
  catch {
    return undefined
  }
}

function begin(folder: string, now: Date) {
  mkdirSync(folder, { recursive: true })
  writeFileSync(join(folder, META), `${JSON.stringify({ begunAt: now.toISOString() })}\n`)
  return now.toISOString()
}

export function chooseRecord(dir: string, kind: RecordKind, { resume = false, now = new Date() }: { resume?: boolean, now?: Date } = {}): SeminarRecord {
  const folder = join(dir, kind)
  const archive = join(dir, 'classes')
  const made = (start: RecordStart, at: string): SeminarRecord => ({
    kind,
    file: join(folder, 'journal.jsonl'),
    folder,
    start,
    begunAt: at,
    end() {
      if (kind === 'rehearsal')
        return folder
      mkdirSync(archive, { recursive: true })
      let to = join(archive, recordName(at))
      for (let n = 2; existsSync(to); n++) to = join(archive, `${recordName(at)}-${n}`)
      renameSync(folder, to)
      return to
    },
  })

  if (kind === 'rehearsal') {
    if (resume)
      throw new Error('Only a class can be resumed: npm run seminar -- --class --resume')
    rmSync(folder, { recursive: true, force: true })
    return made('fresh', begin(folder, now))
  }
  if (existsSync(folder))
    return made('unfinished', begunAt(folder) ?? begin(folder, now))
  if (resume) {
    const ended = existsSync(archive) ? readdirSync(archive).sort() : []
    const newest = ended.at(-1)
    if (!newest)
      throw new Error(`There is no ended class to resume in ${archive}.`)
    renameSync(join(archive, newest), folder)
    return made('reopened', begunAt(folder) ?? begin(folder, now))
  }
  return made('fresh', begin(folder, now))
}
