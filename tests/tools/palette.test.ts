// The printouts' and the seminar's colours are the deck's: the palette, and the phone pages' own :root, match styles/deck.css.

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PALETTE, PALETTE_ROOT } from '../../tools/palette'

const ROOT = join(import.meta.dirname, '../..')
const TOKEN = /--rj-([\w-]+):\s*(#[\da-f]{3,8})\s*;/gi
const tokens = (css: string) => Object.fromEntries(Array.from(css.matchAll(TOKEN), m => [m[1]!, m[2]!.toLowerCase()]))

describe('given the deck\'s colour tokens (styles/deck.css)', () => {
  const deck = tokens(readFileSync(join(ROOT, 'styles/deck.css'), 'utf8'))

  it('the palette holds each of its colours with the deck\'s value', () => {
    expect(Object.keys(PALETTE).length).toBeGreaterThan(3)
    for (const [name, value] of Object.entries(PALETTE)) expect(value, name).toBe(deck[name])
  })

  it('writes them as the deck\'s custom properties', () => {
    expect(tokens(PALETTE_ROOT)).toEqual(Object.fromEntries(Object.entries(PALETTE)))
  })

  it.each(['vote.html', 'pair.html', 'conduct.html'])('the seminar\'s %s, which the deck\'s stylesheet does not reach, defines the same accent', (page) => {
    const own = tokens(readFileSync(join(ROOT, 'seminar/client', page), 'utf8'))
    expect(own.accent).toBe(deck.accent)
  })
})
