/**
 * The deck's source as Slidev's own parser reads it: every slide of `slides.md`, its `src:` pages resolved,
 * numbered from 1 as the deck counts them. One reader for the printouts, the seminar's record and the tests.
 *
 * Usage: `const slides = await sourceSlides()`; `await sourceSlides(otherRoot)`
 */

import type { SlideInfo } from '@slidev/types'
import { join, resolve } from 'node:path'

/** This project's folder (where slides.md is). */
export const DECK_ROOT = resolve(import.meta.dirname, '..')

export async function sourceSlides(root = DECK_ROOT): Promise<(SlideInfo & { no: number })[]> {
  const { load } = await import('@slidev/parser/fs')
  const data = await load({ roots: [root], userRoot: root }, join(root, 'slides.md'))
  return data.slides.map((s, i) => Object.assign(s, { no: i + 1 }))
}
