/**
 * public/maps/arctic.svg: an Arctic-centred view with the approximate Northern Sea Route from Murmansk
 * via the Bering Strait to Tokyo.
 *
 * Usage: `writeFileSync('public/maps/arctic.svg', buildArctic(loadWorld()))`
 */

import type { Position } from 'geojson'
import type { LonLat, Simplification } from './projection'
import type { Point } from './svg'
import type { World } from './world'
import { geoAzimuthalEqualArea, geoGraticule } from 'd3-geo'
import { mapPath, simplifyFor, simplifyLines } from './projection'
import { attrs, C, CAPTION, dot, svgDoc, text } from './svg'
import { byId, countriesOf, ID, landLayers } from './world'

const W = 1200
const H = 800
/** Coarser than the region map, as it spans a third of the globe; the route is kept finer. */
const LAND: Simplification = { minArea: 1.2, minSize: 2 }

/**
 * Approximate Northern Sea Route: Murmansk, Barents Sea, Kara Gate, Kara Sea, Vilkitsky Strait, Laptev Sea,
 * Sannikov Strait, East Siberian Sea, Long Strait, Bering Strait, Bering Sea, the Pacific (off Kamchatka and
 * the Kurils), Tokyo.
 */
const ROUTE: Position[] = [
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
]

export function buildArctic(world: World): string {
  // Oblique azimuthal equal-area centred over northern Siberia, so the North Pole sits at the top and
  // Russia's whole Arctic coast runs across the map.
  const projection = geoAzimuthalEqualArea().rotate([-105, -62]).fitExtent([[40, 40], [W - 40, H - 50]], {
    type: 'MultiPoint',
    coordinates: [[20, 69], [33, 69], [104, 85], [-160, 66], [139.7, 34], [130, 31.5]],
  })
  projection.clipExtent([[0, 0], [W, H]])
  const path = mapPath(projection)
  const P = (lonLat: LonLat): Point => projection(lonLat)!
  const countries = countriesOf(simplifyFor(world, projection, LAND))
  const graticule = geoGraticule().step([30, 10]).extent([[-180, 20], [180, 89.9]]).lines().map(l => l.coordinates)
  const route = path(simplifyLines([ROUTE], projection, LAND.minArea / 3))

  const layers = [
    `<rect width="${W}" height="${H}" fill="${C.sea}"/>`,
    `<path d="${path(simplifyLines(graticule, projection, LAND.minArea))}" fill="none" stroke="${C.graticule}" stroke-width="1"/>`,
    landLayers(path, countries, {
      highlight: [
        { id: ID.russia, feature: byId(countries, ID.russia), fill: C.russia },
        { id: ID.japan, feature: byId(countries, ID.japan), fill: C.japan },
      ],
    }),
    `<path d="${route}" fill="none" stroke="#fff" stroke-width="10" stroke-linejoin="round" stroke-linecap="round" opacity="0.85"/>`,
    `<path d="${route}" fill="none" stroke="${C.route}" stroke-width="5" stroke-dasharray="16 9" stroke-linejoin="round" stroke-linecap="round"/>`,
  ]

  const at = (lonLat: LonLat, dx: number, dy: number, t: string, opts: Parameters<typeof text>[3]) => {
    const [x, y] = P(lonLat)
    return text(x + dx, y + dy, t, opts)
  }
  const murmansk: LonLat = [33.08, 68.97]
  const tokyo: LonLat = [139.69, 35.68]
  const bs = P([-169, 65.9])
  const np = P([0, 90])
  const labels = [
    at([100, 64], 0, 0, 'RUSSIA', { size: 56, anchor: 'middle', cls: 'cty' }),
    at([100, 82.2], 0, 0, 'Northern Sea Route', { size: 36, anchor: 'middle', cls: 'hot' }),
    dot(P(murmansk)),
    at(murmansk, -16, 10, 'Murmansk', { size: 32, anchor: 'end' }),
    dot(P(tokyo)),
    at(tokyo, -16, 30, 'Tokyo', { size: 32, anchor: 'end' }),
    at([138, 38.5], 90, 0, 'JAPAN', { size: 40, cls: 'cty' }),
    `<circle${attrs({ cx: bs[0], cy: bs[1], r: 17 })} fill="none" stroke="${C.ink}" stroke-width="3.5"/>`,
    text(bs[0] + 26, bs[1] + 10, 'Bering Strait', { size: 32 }),
    `<circle${attrs({ cx: np[0], cy: np[1], r: 5 })} fill="${C.muted}"/>`,
    text(np[0] + 12, np[1] + 8, 'North Pole', { size: 24, cls: 'isl' }),
    text(np[0] - 40, np[1] + 50, 'Arctic Ocean', { size: 28, anchor: 'end', cls: 'isl' }),
    text(12, H - 14, `${CAPTION} Route approximate.`, { size: 20, cls: 'cap' }),
  ]

  return svgDoc({
    w: W,
    h: H,
    title: 'Map of the Northern Sea Route from Murmansk to Tokyo',
    desc:
      'Arctic-centred map with the North Pole near the top and Russia stretching across the map. '
      + 'A dashed line shows the approximate Northern Sea Route: from Murmansk on the Barents Sea, along Russia’s Arctic coast '
      + 'through the Kara Sea, the Vilkitsky Strait, the Laptev Sea and the East Siberian Sea to the Bering Strait between Russia and Alaska, '
      + 'then south through the Pacific past Kamchatka to Tokyo, Japan. '
      + `${CAPTION} Route approximate.`,
    body: [...layers, ...labels, `<rect width="${W}" height="${H}" fill="none" stroke="${C.coast}" stroke-width="2"/>`].join('\n'),
  })
}
