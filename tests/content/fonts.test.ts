// The self-hosted fonts are cut down to FONT_CHARS (scripts/fonts.ts). These tests fail when the deck's
// text uses a character the files lack, when the files or their stylesheet no longer match the list,
// and when a symbol the deck leaves to the system font turns out to be in Nunito Sans after all.

import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FACES, FONT_CHARS, fontCodePoints, fontFaceCss, fontFile, unicodeRange } from '../../tools/fonts'
import { ROOT } from '../fixtures/deck'

/** Symbols on slides and quizzes that Nunito Sans never had: the system font draws them, as before the cut. */
const SYSTEM_SYMBOLS = '↑→↓◐★✓✗'

/** Everything that reaches a slide, /study, /article or a printout: pages, the article, the bank, components, styles and the printouts' words. */
const RENDERED = ['slides.md', 'global-top.vue', 'global-bottom.vue', 'pages', 'content', 'quiz', 'quiz/engine', 'components', 'layouts', 'setup', 'styles', 'app', 'lms', 'seminar/client', 'tools/print']
/** Build-time messages, never drawn in the deck. */
const NOT_RENDERED = new Set(['setup/preparser.ts'])

function renderedFiles(): string[] {
  return RENDERED.flatMap((p) => {
    if (/\.\w+$/.test(p))
      return [p]
    return readdirSync(join(ROOT, p)).filter(f => /\.(?:md|ts|vue|css)$/.test(f)).map(f => `${p}/${f}`)
  }).filter(f => !NOT_RENDERED.has(f))
}

const source = (face: (typeof FACES)[number]) => createRequire(import.meta.url).resolve(`@fontsource/nunito-sans/files/nunito-sans-latin-${face.weight}-${face.style}.woff2`)

describe('self-hosted font subset', () => {
  it('covers every character the deck draws, apart from symbols the font never had', () => {
    const stray = new Map<string, string>()
    for (const file of renderedFiles()) {
      for (const c of readFileSync(join(ROOT, file), 'utf8')) {
        if (!/\s/.test(c) && !FONT_CHARS.includes(c) && !SYSTEM_SYMBOLS.includes(c) && !stray.has(c))
          stray.set(c, file)
      }
    }
    // A character listed here needs adding to FONT_CHARS in scripts/fonts.ts, then `npm run fonts`.
    expect(Object.fromEntries(stray)).toEqual({})
  })

  it('leaves to the system font only symbols that Nunito Sans lacks', async () => {
    const full = await fontCodePoints(readFileSync(source(FACES[0]!)))
    expect([...SYSTEM_SYMBOLS].filter(c => full.has(c.codePointAt(0)!))).toEqual([])
  })

  it.each(FACES)('the committed $weight $style file holds exactly FONT_CHARS', async (face) => {
    const wanted = Array.from(FONT_CHARS, c => c.codePointAt(0)!).sort((a, b) => a - b)
    const committed = await fontCodePoints(readFileSync(join(ROOT, 'styles/fonts', fontFile(face))))
    expect([...committed].sort((a, b) => a - b)).toEqual(wanted)
    // And it is a real cut: Fontsource's latin file has over twice as many characters.
    expect((await fontCodePoints(readFileSync(source(face)))).size).toBeGreaterThan(2 * committed.size)
  })

  it('styles/fonts.css is what `npm run fonts` writes, with FONT_CHARS as every face\'s unicode-range', () => {
    const css = readFileSync(join(ROOT, 'styles/fonts.css'), 'utf8')
    expect(css).toBe(fontFaceCss())
    expect(css.match(/unicode-range: ([^;]+);/g)).toHaveLength(FACES.length)
    expect(unicodeRange('a-c¶')).toBe('U+002D, U+0061, U+0063, U+00B6')
    expect(unicodeRange('abc')).toBe('U+0061-0063')
  })
})
