/**
 * The speaker notes of a built deck, fetched the first time a page shows one (the presenter view, the
 * notes page, the overview, the notes print), so learners never download them. slidev/lazy-notes.ts
 * moves the notes into deck-notes.json at build time and makes each slide's `noteHTML` read `deckNote`.
 * Until the file arrives a note reads as empty; the pages showing it update when it does, since the
 * notes sit in a ref. A failed fetch (offline, before the service worker has the file) is tried again
 * at the next read.
 *
 * Usage (generated): `get noteHTML() { return deckNote(3) }`
 */

import { shallowRef } from 'vue'

/** The file beside index.html that slidev/lazy-notes.ts writes and `deckNote` fetches. */
export const NOTES_FILE = 'deck-notes.json'

const notes = shallowRef<Record<string, string>>()
let loading: Promise<void> | undefined

async function load(url: string) {
  try {
    const res = await fetch(url, { cache: 'no-cache' })
    if (!res.ok)
      throw new Error(`${res.status} ${res.statusText}`)
    notes.value = await res.json() as Record<string, string>
  }
  catch (error) {
    console.warn(`Speaker notes could not be loaded from ${url}:`, error)
    loading = undefined
  }
}

/** The rendered notes of the slide at 0-based `index`; empty until the file has loaded. */
export function deckNote(index: number, url = `${import.meta.env.BASE_URL}${NOTES_FILE}`): string {
  if (!notes.value) {
    loading ??= load(url)
    return ''
  }
  return notes.value[index] ?? ''
}

/** Resolves once the notes have loaded (or failed to); for tests. */
export const notesLoaded = () => loading ?? Promise.resolve()
