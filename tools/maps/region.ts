/**
 * public/maps/region.svg: Northeast Asia (Russia, Japan, China) with the Southern Kurils ringed and
 * zoomed in an inset, the Senkaku Islands, Tokyo, Beijing, Vladivostok and Sakhalin.
 *
 * Usage: `writeFileSync('public/maps/region.svg', buildRegion(loadWorld()))`
 */

import type { GeoProjection } from 'd3-geo'
import type { LonLat, Simplification } from './projection'
import type { Point } from './svg'
import type { World } from './world'
import { geoConicConformal, geoGraticule, geoMercator } from 'd3-geo'
import { boxPoints, mapPath, simplifyFor, simplifyLines } from './projection'
import { attrs, C, CAPTION, dot, r1, svgDoc, text } from './svg'
import { byId, countriesOf, ID, inKurilsBox, landLayers, splitPolygons } from './world'

const W = 1200
const H = 800
/** The inset panel, bottom right over the Pacific, with its title bar. */
const INSET = { x: 724, y: 420, w: 466, h: 370, titleH: 46 }
/**
 * Points that move a coastline by less than 0.8 square SVG units go, and islands under 1.2 units across.
 * Chosen so that the file is no bigger than with the earlier Douglas–Peucker at 0.35 units and renders
 * the same (scripts/compare-maps.ts).
 */
const MAIN: Simplification = { minArea: 0.8, minSize: 1.2 }

/** Countries through a projection, simplified for it, with Russia split into the Southern Kurils and the rest. */
function countriesFor(world: World, projection: GeoProjection, simplification: Simplification) {
  const countries = countriesOf(simplifyFor(world, projection, simplification))
  const [kurils, russiaRest] = splitPolygons(byId(countries, ID.russia), inKurilsBox)
  return { countries, kurils, russiaRest }
}

/** The inset: the four disputed islands, hatched, with their names. */
function inset(world: World): string[] {
  const { x: ix, y: iy, w: iw, h: ih, titleH } = INSET
  const ip = geoMercator().fitExtent([[ix + 6, iy + titleH + 6], [ix + iw - 6, iy + ih - 6]], boxPoints([[145.0, 43.05], [149.0, 45.75]], 0.25))
  ip.clipExtent([[ix, iy + titleH], [ix + iw, iy + ih]])
  const ipath = mapPath(ip)
  const IP = (lonLat: LonLat): Point => ip(lonLat)!
  const { countries, kurils, russiaRest } = countriesFor(world, ip, { minArea: 0.8, minSize: 1 })
  const out = [
    `<g>`,
    `<rect${attrs({ x: ix, y: iy, width: iw, height: ih })} fill="${C.sea}"/>`,
    `<path d="${ipath(byId(countries, ID.japan))}" fill="${C.japan}" stroke="${C.coast}" stroke-width="1.2" stroke-linejoin="round"/>`,
    `<path d="${ipath(russiaRest)}" fill="${C.russia}" stroke="${C.coast}" stroke-width="1.2" stroke-linejoin="round"/>`,
    `<path d="${ipath(kurils)}" fill="url(#hatch)" stroke="${C.disputed}" stroke-width="2.2" stroke-linejoin="round"/>`,
  ]
  // Island labels at a lon/lat (plus an offset), some with a leader line to a point on the island.
  const labels: { t: string[], at: LonLat, dy: number, from?: Point, target?: LonLat }[] = [
    { t: ['Etorofu /', 'Iturup'], at: [147.75, 44.6], dy: 0, from: [-6, -26], target: [147.6, 44.9] },
    { t: ['Kunashiri /', 'Kunashir'], at: [145.0, 45.25], dy: 0, from: [60, 40], target: [145.85, 44.25] },
    { t: ['Shikotan'], at: [146.95, 43.72], dy: 10 },
    { t: ['Habomai islets'], at: [146.05, 43.28], dy: 20 },
  ]
  for (const l of labels) {
    const [x, y0] = IP(l.at)
    const y = y0 + l.dy
    if (l.from && l.target) {
      const tg = IP(l.target)
      out.push(`<path d="M${r1(x + l.from[0])},${r1(y + l.from[1])}L${r1(tg[0])},${r1(tg[1])}" stroke="${C.ink}" stroke-width="2" fill="none"/>`)
    }
    out.push(text(x, y, l.t, { size: 30, lh: 1.05 }))
  }
  // The Habomai islets are specks at this scale: ring them.
  const [hx, hy] = IP([146.1, 43.52])
  out.push(`<circle${attrs({ cx: hx, cy: hy, r: 24 })} fill="none" stroke="${C.ink}" stroke-width="2" stroke-dasharray="5 4"/>`)
  out.push(text(ix + 10, iy + ih - 38, ['Hokkaido', '(Japan)'], { size: 24, cls: 'isl', lh: 1.05 }))
  out.push(`<rect${attrs({ x: ix, y: iy, width: iw, height: titleH })} fill="${C.disputed}"/>`)
  out.push(`<text${attrs({ 'x': ix + iw / 2, 'y': iy + 33, 'font-size': 29, 'font-weight': 800, 'text-anchor': 'middle' })} fill="#fff">Southern Kurils (disputed)</text>`)
  out.push(`<rect${attrs({ x: ix, y: iy, width: iw, height: ih })} fill="none" stroke="${C.disputed}" stroke-width="3"/>`)
  out.push(`</g>`)
  return out
}

/** The dashed ring around the Southern Kurils and the two zoom lines from it to the inset's top corners. */
function kurilsRing(centre: Point): string[] {
  const ringR = 50
  const zoomLine = (corner: Point) => {
    const [dx, dy] = [corner[0] - centre[0], corner[1] - centre[1]]
    const len = Math.hypot(dx, dy)
    return `M${r1(centre[0] + (dx / len) * ringR)},${r1(centre[1] + (dy / len) * ringR)}L${corner[0]},${corner[1]}`
  }
  return [
    `<circle${attrs({ cx: centre[0], cy: centre[1], r: ringR })} fill="none" stroke="${C.disputed}" stroke-width="4" stroke-dasharray="10 6"/>`,
    `<path d="${zoomLine([INSET.x, INSET.y])}${zoomLine([INSET.x + INSET.w, INSET.y])}" fill="none" stroke="${C.disputed}" stroke-width="2.5" stroke-dasharray="6 5"/>`,
  ]
}

export function buildRegion(world: World): string {
  const projection = geoConicConformal().parallels([30, 50]).rotate([-134, 0]).fitExtent([[0, 0], [W, H]], boxPoints([[108, 21], [162, 55]]))
  projection.clipExtent([[0, 0], [W, H]])
  const path = mapPath(projection)
  const P = (lonLat: LonLat): Point => projection(lonLat)!
  const { countries, kurils, russiaRest } = countriesFor(world, projection, MAIN)
  const graticule = geoGraticule().step([5, 5]).extent([[95, 10], [175, 65]]).lines().map(l => l.coordinates)

  const layers = [
    `<defs><pattern id="hatch" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)"><rect width="8" height="8" fill="#fbe1dc"/><line x1="0" y1="0" x2="0" y2="8" stroke="${C.disputed}" stroke-width="3"/></pattern></defs>`,
    `<rect width="${W}" height="${H}" fill="${C.sea}"/>`,
    `<path d="${path(simplifyLines(graticule, projection, MAIN.minArea))}" fill="none" stroke="${C.graticule}" stroke-width="1"/>`,
    landLayers(path, countries, {
      highlight: [
        { id: ID.russia, feature: russiaRest, fill: C.russia },
        { id: ID.china, feature: byId(countries, ID.china), fill: C.china },
        { id: ID.japan, feature: byId(countries, ID.japan), fill: C.japan },
      ],
      // The disputed islands are drawn separately (solid accent colour) so they stand out.
      extra: [{ feature: kurils, fill: C.disputed, stroke: C.disputed, sw: 1.5 }],
    }),
    ...kurilsRing(P([146.75, 44.3])),
  ]

  const at = (lonLat: LonLat, dx: number, dy: number, t: string, opts: Parameters<typeof text>[3]) => {
    const [x, y] = P(lonLat)
    return text(x + dx, y + dy, t, opts)
  }
  const diamond = ([x, y]: Point, s = 12) =>
    `<path d="M${r1(x)},${r1(y - s)}L${r1(x + s)},${r1(y)}L${r1(x)},${r1(y + s)}L${r1(x - s)},${r1(y)}Z" fill="${C.disputed}" stroke="#fff" stroke-width="3"/>`
  const labels = [
    // Country names in capitals, so colour is not the only cue.
    at([124, 51.5], 0, 0, 'RUSSIA', { size: 48, anchor: 'middle', cls: 'cty' }),
    at([113.5, 33.5], 0, 0, 'CHINA', { size: 48, anchor: 'middle', cls: 'cty' }),
    at([135.2, 38.6], 0, 0, 'JAPAN', { size: 48, anchor: 'middle', cls: 'cty' }),
    at([142.8, 50.5], 16, 10, 'Sakhalin', { size: 30, cls: 'isl' }),
    diamond(P([123.5, 25.75])),
    at([123.5, 25.75], 20, 11, 'Senkaku Islands', { size: 30, cls: 'hot' }),
  ]
  const cities: [LonLat, string, number, number, 'start' | 'middle' | 'end'][] = [
    [[139.69, 35.68], 'Tokyo', -14, 36, 'end'],
    [[116.4, 39.9], 'Beijing', 0, -20, 'middle'],
    [[131.89, 43.12], 'Vladivostok', 10, 36, 'start'],
  ]
  for (const [lonLat, name, dx, dy, anchor] of cities) labels.push(dot(P(lonLat)), at(lonLat, dx, dy, name, { size: 32, anchor }))
  labels.push(text(12, H - 38, ['Map data: Natural Earth (via world-atlas).', 'Positions approximate.'], { size: 20, cls: 'cap', lh: 1.2 }))

  return svgDoc({
    w: W,
    h: H,
    title: 'Map of Northeast Asia: Russia, Japan and China',
    desc:
      'Map of Northeast Asia showing Russia (north), China (west) and Japan (east), with Beijing, Vladivostok and Tokyo marked. '
      + 'Sakhalin island lies north of Japan. A dashed ring marks the Southern Kurils, disputed between Russia and Japan, '
      + 'just north-east of Hokkaido; an inset zooms in on the four disputed islands: Etorofu (Iturup), Kunashiri (Kunashir), Shikotan and the Habomai islets. '
      + 'A diamond marks the Senkaku Islands in the East China Sea, north-east of Taiwan. '
      + `${CAPTION}`,
    body: [...layers, ...labels, ...inset(world), `<rect width="${W}" height="${H}" fill="none" stroke="${C.coast}" stroke-width="2"/>`].join('\n'),
  })
}
