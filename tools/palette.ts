/**
 * The deck's colours for pages the deck's stylesheet does not reach: the printouts and the seminar's report.
 * The values are styles/deck.css's own tokens, and a test keeps the two in step.
 *
 * Usage: `` `:root { ${PALETTE_ROOT} }` `` in a page's style, then `var(--rj-accent)`; `PALETTE.accent` where CSS
 * variables do not reach (an SVG attribute).
 */

export const PALETTE = {
  ink: '#1d2731',
  muted: '#4a5663',
  accent: '#234e70',
  ok: '#1b6b3a',
  surface: '#f3f5f7',
  border: '#c5ccd3',
} as const

/** The palette as custom properties, named as in styles/deck.css (`--rj-accent: #234e70; …`). */
export const PALETTE_ROOT = Object.entries(PALETTE).map(([name, value]) => `--rj-${name}: ${value};`).join(' ')
