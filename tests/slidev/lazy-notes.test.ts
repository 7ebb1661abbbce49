// Notes out of the entry chunk: the build-time rewrite of Slidev's slide module (slidev/lazy-notes.ts)
// and the browser side that fetches them on first use (app/notes.ts).

import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick, watchEffect } from 'vue'
import { stripNote } from '../../slidev/lazy-notes'

/** A slide module as @slidev/cli 52.20.1 writes it for `slidev build` (serve-*.mjs, type "frontmatter"). */
function slideModule(base: Record<string, unknown>) {
  return [
    '// @unocss-include',
    'import { computed, reactive, shallowReactive } from "vue"',
    'export const frontmatterData = {"layout":"quiz"}',
    'export const frontmatter = import.meta.hot ? import.meta.hot.data.frontmatter : reactive(frontmatterData)',
    'export default frontmatter',
    'export const meta = shallowReactive({',
    '  get layout(){ return frontmatter.layout },',
    '  slide: {',
    `    ...(${JSON.stringify(base)}),`,
    '    frontmatter,',
    '    filepath: "",',
    '    id: 4,',
    '    no: 5,',
    '  },',
    '  __clicksContext: null,',
    '})',
  ].join('\n')
}

describe('taking a slide\'s notes out of its module', () => {
  const html = '<p>Say this. Answer key: B — “it $& $1 stays verbatim”</p>'
  const base = { content: '', title: 'Quiz', index: 4, noteHTML: html, images: [] }

  it('keeps the notes, by slide index, and leaves a getter where they were', async () => {
    const out = stripNote(slideModule(base), '/deck/app/notes.ts')!
    expect(out).toMatchObject({ index: 4, html })
    expect(out.code).not.toContain('Say this')
    expect(out.code).toContain('get noteHTML() { return __deckNote(4) },')
    expect(out.code.startsWith('import { deckNote as __deckNote } from "/deck/app/notes.ts"\n')).toBe(true)
    // The rest of the slide's data is as Slidev wrote it.
    expect(out.code).toContain(`...(${JSON.stringify({ content: '', title: 'Quiz', index: 4, images: [] })}),`)
    expect(out.code).toContain('    no: 5,')
  })

  it('leaves every other module alone, and a slide module it does not recognise', () => {
    expect(stripNote('export const x = "noteHTML"', '/n.ts')).toBeUndefined()
    expect(stripNote(slideModule({ index: 1 }), '/n.ts')).toBeUndefined()
    expect(stripNote(slideModule(base).replace('    ...(', '    Object.assign('), '/n.ts')).toBeUndefined()
  })
})

describe('the notes in the browser', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.resetModules()
  })

  it('fetches them once, on the first read, and updates whoever read the empty note', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ 0: '<p>Welcome</p>', 4: '<p>Key</p>' })))
    vi.stubGlobal('fetch', fetch)
    const { deckNote, notesLoaded } = await import('../../app/notes')
    const seen: string[] = []
    watchEffect(() => seen.push(deckNote(4, '/deck/deck-notes.json')))
    expect(seen).toEqual([''])
    await notesLoaded()
    await nextTick()
    expect(seen).toEqual(['', '<p>Key</p>'])
    expect(deckNote(0)).toBe('<p>Welcome</p>')
    expect(deckNote(9)).toBe('')
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(fetch).toHaveBeenCalledWith('/deck/deck-notes.json', { cache: 'no-cache' })
  })

  it('tries again at the next read after a failed fetch', async () => {
    const fetch = vi.fn(async () => new Response('offline', { status: 503 }))
    vi.stubGlobal('fetch', fetch)
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { deckNote, notesLoaded } = await import('../../app/notes')
    expect(deckNote(0)).toBe('')
    await notesLoaded()
    fetch.mockImplementation(async () => new Response(JSON.stringify({ 0: '<p>Back</p>' })))
    expect(deckNote(0)).toBe('')
    await notesLoaded()
    expect(deckNote(0)).toBe('<p>Back</p>')
    expect(fetch).toHaveBeenCalledTimes(2)
  })
})
