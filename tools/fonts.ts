/**
 * `npm run fonts`: writes the deck's Nunito Sans files, cut down to the characters the deck uses.
 * Fontsource's latin files map about 230 characters each (accented letters, currency, symbols); the deck
 * needs printable ASCII and a little typographic punctuation, which halves every file (about 14 kB to 8 kB)
 * and so lightens every first load. `styles/fonts.css` declares the same characters as each face's
 * `unicode-range`, so any other character falls back to the system font, one glyph at a time.
 * tests/content/fonts.test.ts fails when the deck's text uses a character outside FONT_CHARS: add it
 * here, re-run, and commit the files.
 *
 * Usage: `npm run fonts` (scripts/fonts.ts) reads @fontsource/nunito-sans and writes styles/fonts/*.woff2 and
 * styles/fonts.css; `fontFaceCss()`, `fontCodePoints(buffer)` for the font test.
 */

import type { Buffer } from 'node:buffer'

/** Printable ASCII, the no-break space and the punctuation the deck's text uses. */
export const FONT_CHARS = `${String.fromCharCode(...Array.from({ length: 0x7F - 0x20 }, (_, i) => 0x20 + i))}\u00A0¶·×–—‘’“”•…′″−`

export interface Face { weight: 400 | 700, style: 'normal' | 'italic' }
export const FACES: Face[] = [{ weight: 400, style: 'normal' }, { weight: 400, style: 'italic' }, { weight: 700, style: 'normal' }]

export const fontFile = (f: Face) => `nunito-sans-${f.weight}-${f.style}.woff2`

/** `FONT_CHARS` as a CSS `unicode-range`: code points merged into runs, in order. */
export function unicodeRange(chars: string = FONT_CHARS): string {
  const points = [...new Set(Array.from(chars, c => c.codePointAt(0)!))].sort((a, b) => a - b)
  const runs: [number, number][] = []
  for (const p of points) {
    const last = runs.at(-1)
    if (last && p === last[1] + 1)
      last[1] = p
    else runs.push([p, p])
  }
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0')
  return runs.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(', ')
}

/** The stylesheet that declares the subset faces (imported by styles/index.ts). */
export function fontFaceCss(): string {
  const faces = FACES.map(f => `@font-face {
  font-family: 'Nunito Sans';
  font-style: ${f.style};
  font-display: swap;
  font-weight: ${f.weight};
  src: url(./fonts/${fontFile(f)}) format('woff2');
  unicode-range: ${unicodeRange()};
}
`)
  return `/* Written by \`npm run fonts\` (scripts/fonts.ts); do not edit. Nunito Sans, SIL Open Font License 1.1. */\n${faces.join('')}`
}

/**
 * The code points a font maps to glyphs, read from its `cmap` table (format 4 subtables: the Basic
 * Multilingual Plane, which holds every character the deck uses).
 */
export async function fontCodePoints(font: Buffer): Promise<Set<number>> {
  const { convert } = await import('fontverter')
  const sfnt: Buffer = await convert(font, 'sfnt')
  const tables = sfnt.readUInt16BE(4)
  let cmap = -1
  for (let i = 0; i < tables; i++) {
    if (sfnt.toString('latin1', 12 + 16 * i, 16 + 16 * i) === 'cmap')
      cmap = sfnt.readUInt32BE(12 + 16 * i + 8)
  }
  if (cmap < 0)
    throw new Error('The font has no cmap table')
  const points = new Set<number>()
  for (let i = 0; i < sfnt.readUInt16BE(cmap + 2); i++) {
    const sub = cmap + sfnt.readUInt32BE(cmap + 4 + 8 * i + 4)
    if (sfnt.readUInt16BE(sub) !== 4)
      continue
    const segments = sfnt.readUInt16BE(sub + 6) / 2
    const ends = sub + 14
    const starts = ends + 2 * segments + 2
    const deltas = starts + 2 * segments
    const offsets = deltas + 2 * segments
    for (let s = 0; s < segments; s++) {
      const start = sfnt.readUInt16BE(starts + 2 * s)
      const end = sfnt.readUInt16BE(ends + 2 * s)
      const delta = sfnt.readUInt16BE(deltas + 2 * s)
      const offset = sfnt.readUInt16BE(offsets + 2 * s)
      for (let c = start; c <= end && c !== 0xFFFF; c++) {
        const glyph = offset === 0 ? (c + delta) & 0xFFFF : sfnt.readUInt16BE(offsets + 2 * s + offset + 2 * (c - start))
        if (glyph !== 0)
          points.add(c)
      }
    }
  }
  return points
}
