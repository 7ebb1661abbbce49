/**
 * SVG text for the maps: the palette, number rounding, escaping, labels and the document frame.
 * The output is deterministic: coordinates rounded to one decimal, no timestamps, no external references.
 *
 * Usage: `svgDoc({ w, h, title, desc, body: [text(x, y, 'Tokyo', { size: 32 })].join('\n') })`
 */

import { escapeHtml } from '../html'

export const FONT = 'Nunito Sans, Avenir Next, system-ui, sans-serif'
export const CAPTION = 'Map data: Natural Earth (via world-atlas). Positions approximate.'

/**
 * Light fills with clearly different lightness and hue; every highlighted country is also labelled in
 * capitals, so colour is never the only cue.
 */
export const C = {
  sea: '#dbe9f4',
  land: '#ece8df',
  coast: '#8a8f98',
  graticule: '#c4d6e6',
  russia: '#f2c3a7',
  japan: '#a8d8c4',
  china: '#f5e39c',
  disputed: '#b3261e',
  ink: '#1f2430',
  muted: '#4a5261',
  route: '#b3261e',
} as const

export type Point = [number, number]

/** Rounds to one decimal, without a negative zero. */
export function r1(n: number): number {
  const v = Math.round(n * 10) / 10
  return Object.is(v, -0) ? 0 : v
}

/** Text and attribute values escaped for SVG (tools/html.ts). */
export const esc = escapeHtml

/** ` key="value"` pairs; numbers are rounded, and undefined or false values are left out. */
export function attrs(o: Record<string, string | number | false | undefined>): string {
  return Object.entries(o)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== false)
    .map(([k, v]) => ` ${k}="${esc(typeof v === 'number' ? r1(v) : v)}"`)
    .join('')
}

export interface TextOptions {
  size?: number
  anchor?: 'start' | 'middle' | 'end'
  /** The CSS class that gives the label its colour and white halo (see `svgDoc`). */
  cls?: 'lbl' | 'cty' | 'isl' | 'hot' | 'cap'
  /** Line height, as a multiple of the size. */
  lh?: number
}

/** A label of one or more lines. */
export function text(x: number, y: number, lines: string | string[], { size = 32, anchor = 'start', cls = 'lbl', lh = 1.15 }: TextOptions = {}): string {
  const arr = Array.isArray(lines) ? lines : [lines]
  const a = attrs({ 'x': x, 'y': y, 'class': cls, 'font-size': size, 'text-anchor': anchor === 'start' ? undefined : anchor })
  if (arr.length === 1)
    return `<text${a}>${esc(arr[0]!)}</text>`
  const spans = arr.map((l, i) => `<tspan${attrs({ x, dy: i === 0 ? undefined : r1(size * lh) })}>${esc(l)}</tspan>`).join('')
  return `<text${a}>${spans}</text>`
}

/** A city: a dark dot with a white ring. */
export function dot([x, y]: Point): string {
  return `<circle${attrs({ cx: x, cy: y, r: 8 })} fill="${C.ink}" stroke="#fff" stroke-width="3"/>`
}

export function svgDoc({ w, h, title, desc, body }: { w: number, h: number, title: string, desc: string, body: string }): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-labelledby="map-title map-desc" font-family="${FONT}">
<title id="map-title">${esc(title)}</title>
<desc id="map-desc">${esc(desc)}</desc>
<style>
.lbl{fill:${C.ink};stroke:#fff;stroke-width:7px;stroke-linejoin:round;paint-order:stroke;font-weight:600}
.cty{fill:${C.ink};stroke:#fff;stroke-width:8px;stroke-linejoin:round;paint-order:stroke;font-weight:800;letter-spacing:0.12em}
.isl{fill:${C.muted};stroke:#fff;stroke-width:7px;stroke-linejoin:round;paint-order:stroke;font-style:italic;font-weight:600}
.hot{fill:${C.disputed};stroke:#fff;stroke-width:7px;stroke-linejoin:round;paint-order:stroke;font-weight:800}
.cap{fill:${C.muted};stroke:#fff;stroke-width:5px;stroke-linejoin:round;paint-order:stroke;font-weight:600}
</style>
${body}
</svg>
`
}
