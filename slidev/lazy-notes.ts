/**
 * Slidev assumption (read from @slidev/cli 52.20.1, the slide module `serve-*.mjs` writes for
 * `slidev build`): each slide's data is spread in from one line of JSON, `...({…"noteHTML":…}),`, inside
 * `slide: {`. Checked against the built deck by tests/browser/slidev.spec.ts (notes absent from the entry
 * chunk, present in the presenter, notes and overview pages); if Slidev writes the module otherwise, the
 * build stops with a message rather than losing the notes.
 *
 * Speaker notes out of every learner's first load. Slidev's build writes each slide's rendered notes
 * into the entry chunk (about 70 kB, 12 kB compressed, answer keys included), so every visitor downloads
 * them although only the presenter, notes and overview pages show them. This Vite plugin (`slidev build`
 * only) takes each slide's `noteHTML` out of Slidev's per-slide module, writes them all to
 * `deck-notes.json` beside index.html, and leaves a getter in its place that reads them through
 * app/notes.ts, which fetches the file the first time a page asks for a note.
 * `npm run dev` and the PDF export (a dev server) keep Slidev's inline notes.
 */

import type { Plugin } from 'vite'
import { resolve } from 'node:path'
import { NOTES_FILE } from '../app/notes'

/** The spread of the slide's base data in Slidev's slide module: one line, a JSON object. */
const BASE_LINE = /^( *)\.\.\.\((\{.*\})\),$/m

export interface StrippedNote {
  code: string
  /** The slide's 0-based index. */
  index: number
  html: string
}

/**
 * A slide module with its notes taken out and a getter (`notesRuntime`'s `deckNote(index)`) in their
 * place; undefined for any other module.
 */
export function stripNote(code: string, notesRuntime: string): StrippedNote | undefined {
  if (!code.includes('export const meta = shallowReactive({'))
    return undefined
  const match = BASE_LINE.exec(code)
  if (!match)
    return undefined
  const base = JSON.parse(match[2]!) as { index?: unknown, noteHTML?: unknown }
  if (typeof base.index !== 'number' || typeof base.noteHTML !== 'string')
    return undefined
  const { noteHTML: html, ...rest } = base
  const indent = match[1]!
  const replaced = `${indent}...(${JSON.stringify(rest)}),\n${indent}get noteHTML() { return __deckNote(${base.index}) },`
  const code2 = `import { deckNote as __deckNote } from ${JSON.stringify(notesRuntime)}\n${code.replace(match[0], () => replaced)}`
  return { code: code2, index: base.index, html }
}

export function lazyNotes(): Plugin {
  const notes = new Map<number, string>()
  const runtime = resolve(import.meta.dirname, '..', 'app', 'notes.ts')
  return {
    name: 'deck:lazy-notes',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      notes.clear()
    },
    transform(code) {
      const stripped = stripNote(code, runtime)
      if (!stripped)
        return undefined
      notes.set(stripped.index, stripped.html)
      return { code: stripped.code, map: null }
    },
    generateBundle() {
      if (!notes.size)
        this.error('lazy-notes: no slide module had notes to take out; Slidev\'s module format may have changed (slidev/lazy-notes.ts)')
      const byIndex = Object.fromEntries([...notes].sort((a, b) => a[0] - b[0]))
      this.emitFile({ type: 'asset', fileName: NOTES_FILE, source: JSON.stringify(byIndex) })
    },
  }
}
