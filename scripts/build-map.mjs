#!/usr/bin/env node
/**
 * build-map.mjs — generates the two static SVG maps used by the deck.
 *
 * What it does
 *   Reads Natural Earth 50m country outlines from `world-atlas/countries-50m.json`
 *   (TopoJSON, converted with topojson-client's `feature`), projects them with
 *   d3-geo and writes two self-contained SVG files:
 *
 *     public/maps/region.svg  Northeast Asia (Russia, Japan, China) with the
 *                             Southern Kurils (plus a zoom inset), the Senkaku
 *                             Islands, Tokyo, Beijing, Vladivostok and Sakhalin.
 *     public/maps/arctic.svg  Arctic-centred view with an approximate Northern
 *                             Sea Route from Murmansk via the Bering Strait to Tokyo.
 *
 *   The output is deterministic (no timestamps, no randomness; coordinates are
 *   rounded to 1 decimal place), has no external references (no fonts, images or
 *   URLs apart from the SVG namespace) and includes role="img", <title> and <desc>.
 *   Geometry outside each map frame is clipped away to keep the files small.
 *
 * How to run
 *   node scripts/build-map.mjs
 *
 *   Re-run after editing this script and commit the regenerated SVGs. The script
 *   only needs the devDependencies d3-geo, topojson-client and world-atlas.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  geoAzimuthalEqualArea,
  geoCentroid,
  geoConicConformal,
  geoGraticule,
  geoMercator,
  geoPath,
} from 'd3-geo'
import { feature } from 'topojson-client'

const require = createRequire(import.meta.url)
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const OUT_DIR = resolve(ROOT, 'public/maps')

const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'))
const countries = feature(topo, topo.objects.countries).features

// ISO 3166-1 numeric ids used by world-atlas.
const ID = { russia: '643', japan: '392', china: '156' }

const FONT = 'Nunito Sans, Avenir Next, system-ui, sans-serif'
const CAPTION = 'Map data: Natural Earth (via world-atlas). Positions approximate.'

// Palette: light fills with clearly different lightness/hue; every highlighted
// country is also labelled in capitals, so colour is never the only cue.
const C = {
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
}

/* ------------------------------------------------------------------ helpers */

const r1 = (n) => {
  const v = Math.round(n * 10) / 10
  return Object.is(v, -0) ? 0 : v
}

const esc = (s) =>
  String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const attrs = (o) =>
  Object.entries(o)
    .filter(([, v]) => v !== undefined && v !== null && v !== false)
    .map(([k, v]) => ` ${k}="${esc(typeof v === 'number' ? r1(v) : v)}"`)
    .join('')

/** A text label; `lines` may be a string or an array of lines. Halo comes from CSS class. */
function text(x, y, lines, { size = 32, anchor = 'start', cls = 'lbl', weight, style, spacing, lh = 1.15 } = {}) {
  const arr = Array.isArray(lines) ? lines : [lines]
  const a = attrs({
    x,
    y,
    class: cls,
    'font-size': size,
    'text-anchor': anchor === 'start' ? undefined : anchor,
    'font-weight': weight,
    'font-style': style,
    'letter-spacing': spacing,
  })
  if (arr.length === 1) return `<text${a}>${esc(arr[0])}</text>`
  const spans = arr
    .map((l, i) => `<tspan${attrs({ x, dy: i === 0 ? undefined : r1(size * lh) })}>${esc(l)}</tspan>`)
    .join('')
  return `<text${a}>${spans}</text>`
}

/** Split Russia's MultiPolygon so the Southern Kurils can be drawn separately (neutral, hatched). */
function splitPolygons(f, test) {
  const inside = []
  const outside = []
  for (const poly of f.geometry.coordinates) {
    const c = geoCentroid({ type: 'Polygon', coordinates: poly })
    ;(test(c) ? inside : outside).push(poly)
  }
  const mk = (coords) => ({ type: 'Feature', properties: f.properties, geometry: { type: 'MultiPolygon', coordinates: coords } })
  return [mk(inside), mk(outside)]
}

const inKurilsBox = ([lon, lat]) => lon > 145.3 && lon < 149 && lat > 43.2 && lat < 45.8

/** Points densely sampled along a lon/lat rectangle (used to fit projections). */
function boxPoints([[x0, y0], [x1, y1]], step = 1) {
  const pts = []
  for (let x = x0; x <= x1 + 1e-9; x += step) pts.push([x, y0], [x, y1])
  for (let y = y0; y <= y1 + 1e-9; y += step) pts.push([x0, y], [x1, y])
  return { type: 'MultiPoint', coordinates: pts }
}

/**
 * Stream filter that simplifies projected lines/rings with Douglas–Peucker
 * (tolerance in SVG units) and drops polygon rings smaller than `minSize`.
 * Keeps the committed SVGs small without a separate simplification package.
 */
function simplifyStream(out, tol, minSize) {
  let buf = null
  let inPolygon = false
  const dp = (pts) => {
    if (pts.length < 3) return pts
    const keep = new Uint8Array(pts.length)
    keep[0] = keep[pts.length - 1] = 1
    const stack = [[0, pts.length - 1]]
    while (stack.length) {
      const [a, b] = stack.pop()
      const [ax, ay] = pts[a]
      const [bx, by] = pts[b]
      const dx = bx - ax
      const dy = by - ay
      const len = Math.hypot(dx, dy)
      let max = -1
      let idx = -1
      for (let i = a + 1; i < b; i++) {
        const [px, py] = pts[i]
        const d = len === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * px - dx * py + bx * ay - by * ax) / len
        if (d > max) {
          max = d
          idx = i
        }
      }
      if (max > tol) {
        keep[idx] = 1
        stack.push([a, idx], [idx, b])
      }
    }
    return pts.filter((_, i) => keep[i])
  }
  return {
    point(x, y) {
      if (buf) buf.push([x, y])
      else out.point(x, y)
    },
    lineStart() {
      buf = []
    },
    lineEnd() {
      const pts = buf
      buf = null
      if (inPolygon) {
        let x0 = Infinity
        let y0 = Infinity
        let x1 = -Infinity
        let y1 = -Infinity
        for (const [x, y] of pts) {
          if (x < x0) x0 = x
          if (x > x1) x1 = x
          if (y < y0) y0 = y
          if (y > y1) y1 = y
        }
        if (Math.max(x1 - x0, y1 - y0) < minSize) return
      }
      const s = dp(pts)
      if (inPolygon && s.length < 3) return
      out.lineStart()
      for (const [x, y] of s) out.point(x, y)
      out.lineEnd()
    },
    polygonStart() {
      inPolygon = true
      out.polygonStart()
    },
    polygonEnd() {
      inPolygon = false
      out.polygonEnd()
    },
    sphere() {
      out.sphere()
    },
  }
}

/** geoPath that projects, clips (via the projection's clipExtent), simplifies and rounds to 1 decimal. */
const makePath = (projection, tol = 0.4, minSize = 1) =>
  geoPath({ stream: (s) => projection.stream(simplifyStream(s, tol, minSize)) }).digits(1)

function svgDoc({ w, h, title, desc, body }) {
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

function write(name, svg) {
  mkdirSync(OUT_DIR, { recursive: true })
  const file = resolve(OUT_DIR, name)
  writeFileSync(file, svg)
  console.log(`wrote ${file} (${Buffer.byteLength(svg)} bytes)`)
}

/** Land layers shared by both maps. */
function landLayers(path, { highlight, extra = [] }) {
  const plain = countries.filter((f) => !highlight.some((h) => h.id === f.id))
  const d = (fs) => fs.map((f) => path(f) || '').join('')
  const out = [
    `<path d="${d(plain)}" fill="${C.land}" stroke="${C.coast}" stroke-width="0.8" stroke-linejoin="round"/>`,
  ]
  for (const h of [...highlight, ...extra]) {
    const p = path(h.feature)
    if (p) out.push(`<path d="${p}" fill="${h.fill}" stroke="${h.stroke || C.coast}" stroke-width="${h.sw || 0.9}" stroke-linejoin="round"/>`)
  }
  return out.join('\n')
}

const byId = (id) => countries.find((f) => f.id === id)
const [kurils, russiaRest] = splitPolygons(byId(ID.russia), inKurilsBox)

/* ------------------------------------------------------------- region map */

function buildRegion() {
  const W = 1200
  const H = 800
  const projection = geoConicConformal()
    .parallels([30, 50])
    .rotate([-134, 0])
    .fitExtent(
      [
        [0, 0],
        [W, H],
      ],
      boxPoints([
        [108, 21],
        [162, 55],
      ]),
    )
  projection.clipExtent([
    [0, 0],
    [W, H],
  ])
  const path = makePath(projection, 0.35, 1.2)
  const P = (lon, lat) => projection([lon, lat])

  const grat = geoGraticule().step([5, 5]).extent([
    [95, 10],
    [175, 65],
  ])()

  const layers = []
  layers.push(
    `<defs><pattern id="hatch" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)"><rect width="8" height="8" fill="#fbe1dc"/><line x1="0" y1="0" x2="0" y2="8" stroke="${C.disputed}" stroke-width="3"/></pattern></defs>`,
  )
  layers.push(`<rect width="${W}" height="${H}" fill="${C.sea}"/>`)
  layers.push(`<path d="${path(grat)}" fill="none" stroke="${C.graticule}" stroke-width="1"/>`)
  layers.push(
    landLayers(path, {
      highlight: [
        { id: ID.russia, feature: russiaRest, fill: C.russia },
        { id: ID.china, feature: byId(ID.china), fill: C.china },
        { id: ID.japan, feature: byId(ID.japan), fill: C.japan },
      ],
      // The disputed islands are drawn separately (solid accent colour) so they stand out.
      extra: [{ feature: kurils, fill: C.disputed, stroke: C.disputed, sw: 1.5 }],
    }),
  )

  // ---- Southern Kurils ring on the main map
  const kc = P(146.75, 44.3)
  const ringR = 50
  layers.push(
    `<circle${attrs({ cx: kc[0], cy: kc[1], r: ringR })} fill="none" stroke="${C.disputed}" stroke-width="4" stroke-dasharray="10 6"/>`,
  )

  // ---- Inset zoom panel (bottom right, over the Pacific)
  const ix = 724
  const iy = 420
  const iw = 466
  const ih = 370
  const titleH = 46
  const ip = geoMercator().fitExtent(
    [
      [ix + 6, iy + titleH + 6],
      [ix + iw - 6, iy + ih - 6],
    ],
    boxPoints(
      [
        [145.0, 43.05],
        [149.0, 45.75],
      ],
      0.25,
    ),
  )
  ip.clipExtent([
    [ix, iy + titleH],
    [ix + iw, iy + ih],
  ])
  const ipath = makePath(ip, 0.3, 1)
  const IP = (lon, lat) => ip([lon, lat])

  // Zoom lines from the ring to the top corners of the inset.
  const towards = (corner) => {
    const dx = corner[0] - kc[0]
    const dy = corner[1] - kc[1]
    const len = Math.hypot(dx, dy)
    return [kc[0] + (dx / len) * ringR, kc[1] + (dy / len) * ringR]
  }
  const zoomLine = (corner) => {
    const t = towards(corner)
    return `M${r1(t[0])},${r1(t[1])}L${corner[0]},${corner[1]}`
  }
  layers.push(
    `<path d="${zoomLine([ix, iy])}${zoomLine([ix + iw, iy])}" fill="none" stroke="${C.disputed}" stroke-width="2.5" stroke-dasharray="6 5"/>`,
  )

  const inset = []
  inset.push(`<g>`)
  inset.push(`<rect${attrs({ x: ix, y: iy, width: iw, height: ih })} fill="${C.sea}"/>`)
  inset.push(`<path d="${ipath(byId(ID.japan))}" fill="${C.japan}" stroke="${C.coast}" stroke-width="1.2" stroke-linejoin="round"/>`)
  inset.push(`<path d="${ipath(russiaRest)}" fill="${C.russia}" stroke="${C.coast}" stroke-width="1.2" stroke-linejoin="round"/>`)
  inset.push(`<path d="${ipath(kurils)}" fill="url(#hatch)" stroke="${C.disputed}" stroke-width="2.2" stroke-linejoin="round"/>`)
  // Island labels: text position (lon/lat + offset), leader line to a point on the island.
  const il = [
    { t: ['Etorofu /', 'Iturup'], at: [147.75, 44.6], dx: 0, dy: 0, anchor: 'start', from: [-6, -26], target: [147.6, 44.9] },
    { t: ['Kunashiri /', 'Kunashir'], at: [145.0, 45.25], dx: 0, dy: 0, anchor: 'start', from: [60, 40], target: [145.85, 44.25] },
    { t: ['Shikotan'], at: [146.95, 43.72], dx: 0, dy: 10, anchor: 'start' },
    { t: ['Habomai islets'], at: [146.05, 43.28], dx: 0, dy: 20, anchor: 'start' },
  ]
  for (const l of il) {
    const p = IP(...l.at)
    const x = p[0] + l.dx
    const y = p[1] + l.dy
    if (l.target) {
      const tg = IP(...l.target)
      inset.push(
        `<path d="M${r1(x + l.from[0])},${r1(y + l.from[1])}L${r1(tg[0])},${r1(tg[1])}" stroke="${C.ink}" stroke-width="2" fill="none"/>`,
      )
    }
    inset.push(text(x, y, l.t, { size: 30, anchor: l.anchor, cls: 'lbl', lh: 1.05 }))
  }
  // The Habomai islets are specks at this scale: ring them.
  const hb = IP(146.1, 43.52)
  inset.push(`<circle${attrs({ cx: hb[0], cy: hb[1], r: 24 })} fill="none" stroke="${C.ink}" stroke-width="2" stroke-dasharray="5 4"/>`)
  inset.push(text(ix + 10, iy + ih - 38, ['Hokkaido', '(Japan)'], { size: 24, cls: 'isl', lh: 1.05 }))
  inset.push(`<rect${attrs({ x: ix, y: iy, width: iw, height: titleH })} fill="${C.disputed}"/>`)
  inset.push(
    `<text${attrs({ x: ix + iw / 2, y: iy + 33, 'font-size': 29, 'font-weight': 800, 'text-anchor': 'middle' })} fill="#fff">Southern Kurils (disputed)</text>`,
  )
  inset.push(`<rect${attrs({ x: ix, y: iy, width: iw, height: ih })} fill="none" stroke="${C.disputed}" stroke-width="3"/>`)
  inset.push(`</g>`)

  // ---- Markers and labels on the main map
  const labels = []
  const dot = (lon, lat) => {
    const [x, y] = P(lon, lat)
    return `<circle${attrs({ cx: x, cy: y, r: 8 })} fill="${C.ink}" stroke="#fff" stroke-width="3"/>`
  }
  const diamond = (lon, lat, s = 12) => {
    const [x, y] = P(lon, lat)
    return `<path d="M${r1(x)},${r1(y - s)}L${r1(x + s)},${r1(y)}L${r1(x)},${r1(y + s)}L${r1(x - s)},${r1(y)}Z" fill="${C.disputed}" stroke="#fff" stroke-width="3"/>`
  }
  const at = (lon, lat, dx, dy, t, opts) => {
    const [x, y] = P(lon, lat)
    return text(x + dx, y + dy, t, opts)
  }

  // Country names (in capitals, so colour is not the only cue)
  labels.push(at(124, 51.5, 0, 0, 'RUSSIA', { size: 48, anchor: 'middle', cls: 'cty' }))
  labels.push(at(113.5, 33.5, 0, 0, 'CHINA', { size: 48, anchor: 'middle', cls: 'cty' }))
  labels.push(at(135.2, 38.6, 0, 0, 'JAPAN', { size: 48, anchor: 'middle', cls: 'cty' }))

  // Islands
  labels.push(at(142.8, 50.5, 16, 10, 'Sakhalin', { size: 30, cls: 'isl' }))
  labels.push(diamond(123.5, 25.75))
  labels.push(at(123.5, 25.75, 20, 11, 'Senkaku Islands', { size: 30, cls: 'hot' }))

  // Cities
  for (const [lon, lat, name, dx, dy, anchor] of [
    [139.69, 35.68, 'Tokyo', -14, 36, 'end'],
    [116.4, 39.9, 'Beijing', 0, -20, 'middle'],
    [131.89, 43.12, 'Vladivostok', 10, 36, 'start'],
  ]) {
    labels.push(dot(lon, lat))
    labels.push(at(lon, lat, dx, dy, name, { size: 32, anchor, cls: 'lbl' }))
  }

  labels.push(text(12, H - 38, ['Map data: Natural Earth (via world-atlas).', 'Positions approximate.'], { size: 20, cls: 'cap', lh: 1.2 }))

  const body = [
    ...layers,
    ...labels,
    ...inset,
    `<rect width="${W}" height="${H}" fill="none" stroke="${C.coast}" stroke-width="2"/>`,
  ].join('\n')

  return svgDoc({
    w: W,
    h: H,
    title: 'Map of Northeast Asia: Russia, Japan and China',
    desc:
      'Map of Northeast Asia showing Russia (north), China (west) and Japan (east), with Beijing, Vladivostok and Tokyo marked. ' +
      'Sakhalin island lies north of Japan. A dashed ring marks the Southern Kurils, disputed between Russia and Japan, ' +
      'just north-east of Hokkaido; an inset zooms in on the four disputed islands: Etorofu (Iturup), Kunashiri (Kunashir), Shikotan and the Habomai islets. ' +
      'A diamond marks the Senkaku Islands in the East China Sea, north-east of Taiwan. ' +
      CAPTION,
    body,
  })
}

/* ------------------------------------------------------------- arctic map */

function buildArctic() {
  const W = 1200
  const H = 800
  // Oblique azimuthal equal-area centred over northern Siberia, so the North
  // Pole sits at the top and Russia's whole Arctic coast runs across the map.
  const projection = geoAzimuthalEqualArea()
    .rotate([-105, -62])
    .fitExtent(
      [
        [40, 40],
        [W - 40, H - 50],
      ],
      {
        type: 'MultiPoint',
        coordinates: [
          [20, 69],
          [33, 69],
          [104, 85],
          [-160, 66],
          [139.7, 34],
          [130, 31.5],
        ],
      },
    )
  projection.clipExtent([
    [0, 0],
    [W, H],
  ])
  const path = makePath(projection, 0.6, 2)
  const P = (lon, lat) => projection([lon, lat])

  const grat = geoGraticule()
    .step([30, 10])
    .extent([
      [-180, 20],
      [180, 89.9],
    ])()

  // Approximate Northern Sea Route: Murmansk – Barents Sea – Kara Gate – Kara Sea –
  // Vilkitsky Strait – Laptev Sea – Sannikov Strait – East Siberian Sea –
  // Long Strait – Bering Strait – Bering Sea – Pacific (off Kamchatka and the Kurils) – Tokyo.
  const route = {
    type: 'LineString',
    coordinates: [
      [33.08, 68.97],
      [33.6, 69.6],
      [40, 70.2],
      [50, 70.4],
      [57.9, 70.5],
      [63, 71.2],
      [69, 74.3],
      [80, 76.0],
      [92, 77.3],
      [104, 77.9],
      [113, 77.2],
      [125, 75.6],
      [138, 74.6],
      [146, 74.6],
      [155, 72.6],
      [165, 70.6],
      [176, 70.0],
      [-176, 69.2],
      [-171, 67.5],
      [-169, 65.9],
      [-168.3, 64.4],
      [-168.5, 62.0],
      [-176, 58],
      [170, 54.5],
      [161, 50.5],
      [152, 44.2],
      [145.5, 38.5],
      [141.6, 34.9],
      [140.1, 34.7],
      [139.78, 34.95],
      [139.76, 35.2],
      [139.8, 35.5],
    ],
  }

  const layers = []
  layers.push(`<rect width="${W}" height="${H}" fill="${C.sea}"/>`)
  layers.push(`<path d="${path(grat)}" fill="none" stroke="${C.graticule}" stroke-width="1"/>`)
  layers.push(
    landLayers(path, {
      highlight: [
        { id: ID.russia, feature: byId(ID.russia), fill: C.russia },
        { id: ID.japan, feature: byId(ID.japan), fill: C.japan },
      ],
    }),
  )
  const routeD = makePath(projection, 0.3, 0)(route)
  layers.push(`<path d="${routeD}" fill="none" stroke="#fff" stroke-width="10" stroke-linejoin="round" stroke-linecap="round" opacity="0.85"/>`)
  layers.push(
    `<path d="${routeD}" fill="none" stroke="${C.route}" stroke-width="5" stroke-dasharray="16 9" stroke-linejoin="round" stroke-linecap="round"/>`,
  )

  const labels = []
  const dot = (lon, lat) => {
    const [x, y] = P(lon, lat)
    return `<circle${attrs({ cx: x, cy: y, r: 8 })} fill="${C.ink}" stroke="#fff" stroke-width="3"/>`
  }
  const at = (lon, lat, dx, dy, t, opts) => {
    const [x, y] = P(lon, lat)
    return text(x + dx, y + dy, t, opts)
  }

  labels.push(at(100, 64, 0, 0, 'RUSSIA', { size: 56, anchor: 'middle', cls: 'cty' }))
  labels.push(at(100, 82.2, 0, 0, 'Northern Sea Route', { size: 36, anchor: 'middle', cls: 'hot' }))

  labels.push(dot(33.08, 68.97))
  labels.push(at(33.08, 68.97, -16, 10, 'Murmansk', { size: 32, anchor: 'end', cls: 'lbl' }))
  labels.push(dot(139.69, 35.68))
  labels.push(at(139.69, 35.68, -16, 30, 'Tokyo', { size: 32, anchor: 'end', cls: 'lbl' }))
  labels.push(at(138, 38.5, 90, 0, 'JAPAN', { size: 40, anchor: 'start', cls: 'cty' }))

  const bs = P(-169, 65.9)
  labels.push(`<circle${attrs({ cx: bs[0], cy: bs[1], r: 17 })} fill="none" stroke="${C.ink}" stroke-width="3.5"/>`)
  labels.push(text(bs[0] + 26, bs[1] + 10, 'Bering Strait', { size: 32, anchor: 'start', cls: 'lbl' }))

  const np = P(0, 90)
  labels.push(`<circle${attrs({ cx: np[0], cy: np[1], r: 5 })} fill="${C.muted}"/>`)
  labels.push(text(np[0] + 12, np[1] + 8, 'North Pole', { size: 24, anchor: 'start', cls: 'isl' }))
  labels.push(text(np[0] - 40, np[1] + 50, 'Arctic Ocean', { size: 28, anchor: 'end', cls: 'isl' }))

  labels.push(text(12, H - 14, `${CAPTION} Route approximate.`, { size: 20, cls: 'cap' }))

  const body = [
    ...layers,
    ...labels,
    `<rect width="${W}" height="${H}" fill="none" stroke="${C.coast}" stroke-width="2"/>`,
  ].join('\n')

  return svgDoc({
    w: W,
    h: H,
    title: 'Map of the Northern Sea Route from Murmansk to Tokyo',
    desc:
      'Arctic-centred map with the North Pole near the top and Russia stretching across the map. ' +
      'A dashed line shows the approximate Northern Sea Route: from Murmansk on the Barents Sea, along Russia’s Arctic coast ' +
      'through the Kara Sea, the Vilkitsky Strait, the Laptev Sea and the East Siberian Sea to the Bering Strait between Russia and Alaska, ' +
      'then south through the Pacific past Kamchatka to Tokyo, Japan. ' +
      `${CAPTION} Route approximate.`,
    body,
  })
}

write('region.svg', buildRegion())
write('arctic.svg', buildArctic())
