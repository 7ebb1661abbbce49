/**
 * The seminar's persistence: an append-only journal, one JSON entry a line. `append` resolves only once
 * its entry is written and fsynced; entries that arrive while a write is under way go out together in
 * the next one (group commit), so 500 voters cost a handful of fsyncs, not 500. When a write fails, it and
 * every entry queued behind it are rejected. `replay` reads it back
 * on start and skips a partial or corrupt line with a warning; `compact` rewrites it atomically.
 *
 * Usage: `const j = openJournal('.seminar/journal.jsonl')`; `for (const e of j.replay().entries) apply(e)`; `await j.append(entry)`
 */

import type { FileHandle } from 'node:fs/promises'
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { dirname } from 'node:path'

/** What the journal needs from the disk; tests pass one that fails. */
export interface JournalDisk {
  read: (file: string) => string | undefined
  /** Appends text and fsyncs before resolving. */
  append: (file: string, text: string) => Promise<void>
  /** Replaces the file with text (written and fsynced beside it, then renamed). */
  replace: (file: string, text: string) => void
}

const handles = new Map<string, Promise<FileHandle>>()

export const nodeDisk: JournalDisk = {
  read: file => existsSync(file) ? readFileSync(file, 'utf8') : undefined,
  async append(file, text) {
    if (!handles.has(file)) {
      mkdirSync(dirname(file), { recursive: true })
      handles.set(file, open(file, 'a'))
    }
    try {
      const handle = await handles.get(file)!
      await handle.write(text)
      await handle.sync()
    }
    catch (e) {
      // Reopen next time: the file may have been removed or the handle broken.
      void handles.get(file)?.then(h => h.close()).catch(() => {})
      handles.delete(file)
      throw e
    }
  },
  replace(file, text) {
    void handles.get(file)?.then(h => h.close()).catch(() => {})
    handles.delete(file)
    mkdirSync(dirname(file), { recursive: true })
    const fd = openSync(`${file}.tmp`, 'w')
    try {
      writeSync(fd, text)
      fsyncSync(fd)
    }
    finally {
      closeSync(fd)
    }
    renameSync(`${file}.tmp`, file)
  },
}

export function openJournal<Entry>(file: string, disk: JournalDisk = nodeDisk, warn: (m: string) => void = console.warn) {
  let pending: { line: string, done: () => void, fail: (e: unknown) => void }[] = []
  let writing: Promise<void> | undefined
  /** After a failed write the file may end in half a line; the next write starts on a fresh one. */
  let torn = false

  async function flush() {
    while (pending.length) {
      const batch = pending
      pending = []
      try {
        await disk.append(file, (torn ? '\n' : '') + batch.map(b => b.line).join(''))
        torn = false
        for (const b of batch) b.done()
      }
      catch (e) {
        // What was queued behind the failed write fails with it: callers may have built on it.
        torn = true
        const failed = [...batch, ...pending]
        pending = []
        for (const b of failed) b.fail(e)
      }
    }
    writing = undefined
  }

  return {
    /** Every entry that can be read back, in order, and how many lines were skipped. */
    replay(): { entries: Entry[], skipped: number } {
      const entries: Entry[] = []
      let skipped = 0
      const lines = (disk.read(file) ?? '').split('\n')
      lines.forEach((line, i) => {
        if (!line.trim())
          return
        try {
          const e = JSON.parse(line) as unknown
          if (!e || typeof e !== 'object' || Array.isArray(e))
            throw new Error('not an entry')
          entries.push(e as Entry)
        }
        catch {
          skipped += 1
          warn(`Seminar journal ${file}: line ${i + 1} is partial or corrupt; skipped.`)
        }
      })
      return { entries, skipped }
    },
    /** Resolves once the entry is on disk; rejects if the disk refused it. */
    append(entry: Entry): Promise<void> {
      return new Promise((done, fail) => {
        pending.push({ line: `${JSON.stringify(entry)}\n`, done, fail })
        writing ??= flush()
      })
    },
    /** Rewrites the journal as the given entries (on a clean exit: the same state, fewer lines). */
    compact(entries: Entry[]) {
      disk.replace(file, entries.map(e => `${JSON.stringify(e)}\n`).join(''))
    },
  }
}

export type Journal<Entry> = ReturnType<typeof openJournal<Entry>>
