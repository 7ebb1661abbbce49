/**
 * Projecting and simplifying the maps' geometry. Lines are simplified with topojson-simplify
 * (Visvalingam's algorithm), weighing each point by the area, in square SVG units, of the triangle it
 * makes with its neighbours once projected: a point that moves the drawn line by less than a fraction
 * of a pixel goes. Rings too small to see on the map are dropped the same way, by their projected size.
 *
 * Usage: `const path = mapPath(projection); path(feature(simplifyFor(world, projection, { minArea: 0.1, minSize: 1 }), ...))`
 */

import type { GeoPath, GeoPermissibleObjects, GeoProjection } from 'd3-geo'
import type { MultiLineString as GeoMultiLineString, MultiPoint, Position } from 'geojson'
import type { Ring, RingWeighter, TriangleWeighter } from 'topojson-simplify'
import type { MultiLineString, Objects, Topology } from 'topojson-specification'
import { geoPath } from 'd3-geo'
import { feature } from 'topojson-client'
import { filter, filterWeight, planarTriangleArea, presimplify, simplify } from 'topojson-simplify'

export type LonLat = [number, number]
type Projected = [number, number]

export interface Simplification {
  /** Points whose projected triangle is smaller than this (square SVG units) are removed. */
  minArea: number
  /** Rings whose projected bounding box is smaller than this on both sides (SVG units) are removed. */
  minSize?: number
}

/** A lon/lat rectangle as densely sampled points along its edges, for fitting a projection to it. */
export function boxPoints([[x0, y0], [x1, y1]]: [LonLat, LonLat], step = 1): MultiPoint {
  const coordinates: Position[] = []
  for (let x = x0; x <= x1 + 1e-9; x += step) coordinates.push([x, y0], [x, y1])
  for (let y = y0; y <= y1 + 1e-9; y += step) coordinates.push([x0, y], [x1, y])
  return { type: 'MultiPoint', coordinates }
}

/** Projects a point, or returns undefined where the projection has no finite answer. */
function project(projection: GeoProjection, [lon, lat]: number[]): Projected | undefined {
  const p = projection([lon!, lat!])
  return p && Number.isFinite(p[0]) && Number.isFinite(p[1]) ? p : undefined
}

/** A point's weight: the area of its triangle on the map. Points that cannot be projected are kept. */
export function projectedArea(projection: GeoProjection): TriangleWeighter {
  return (triangle) => {
    const [a, b, c] = triangle.map(p => project(projection, p))
    return a && b && c ? planarTriangleArea([a, b, c]) : Infinity
  }
}

/** A ring's weight: the longer side of its bounding box on the map. */
export function projectedExtent(projection: GeoProjection): RingWeighter {
  return (ring: Ring) => {
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity]
    for (const point of ring) {
      const p = project(projection, point)
      if (!p)
        return Infinity
      x0 = Math.min(x0, p[0])
      x1 = Math.max(x1, p[0])
      y0 = Math.min(y0, p[1])
      y1 = Math.max(y1, p[1])
    }
    return Math.max(x1 - x0, y1 - y0)
  }
}

/** The topology as it should be drawn through this projection: small rings gone, lines simplified. */
export function simplifyFor<T extends Objects>(topology: Topology<T>, projection: GeoProjection, { minArea, minSize = 0 }: Simplification): Topology<T> {
  // filter() may turn an object whose rings all went into a null geometry; countries keep their big rings.
  const kept = minSize > 0 ? filter(topology, filterWeight(topology, minSize, projectedExtent(projection))) as Topology<T> : topology
  return simplify(presimplify(kept, projectedArea(projection)), minArea)
}

/** Simplifies free-standing lines (a graticule, a route) the same way, through a topology of their own. */
export function simplifyLines(lines: Position[][], projection: GeoProjection, minArea: number): GeoMultiLineString {
  const topology: Topology<{ lines: MultiLineString }> = {
    type: 'Topology',
    objects: { lines: { type: 'MultiLineString', arcs: lines.map((_, i) => [i]) } },
    arcs: lines.map(line => line.map(p => [...p])),
  }
  return feature(simplifyFor(topology, projection, { minArea }), topology.objects.lines).geometry
}

/** An SVG path generator through the projection (and its clip extent), rounding to one decimal. */
export function mapPath(projection: GeoProjection): (object: GeoPermissibleObjects) => string {
  const path: GeoPath = geoPath(projection).digits(1)
  return object => path(object) ?? ''
}
