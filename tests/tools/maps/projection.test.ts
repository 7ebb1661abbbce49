import type { GeoProjection } from 'd3-geo'
import type { GeometryCollection, Topology } from 'topojson-specification'
import { geoConicConformal, geoEquirectangular } from 'd3-geo'
import { feature } from 'topojson-client'
import { describe, expect, it } from 'vitest'
import { boxPoints, mapPath, projectedArea, projectedExtent, simplifyFor, simplifyLines } from '../../../tools/maps/projection'
import { attrs, r1 } from '../../../tools/maps/svg'

/** One degree is one SVG unit, y pointing down: lon/lat [x, -y] lands at (x, y). */
const flat = () => geoEquirectangular().scale(180 / Math.PI).translate([0, 0])

/** Two islands: a big square with a 0.01° bump on one side, and a speck 0.5° across. */
function islands(): Topology<{ land: GeometryCollection }> {
  return {
    type: 'Topology',
    objects: { land: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]] }, { type: 'Polygon', arcs: [[1]] }] } },
    arcs: [
      [[0, 0], [5, 0.01], [10, 0], [10, -10], [0, -10], [0, 0]],
      [[20, 0], [20.5, 0], [20.5, -0.5], [20, 0]],
    ],
  }
}

describe('the map projection helpers', () => {
  it('sample a lon/lat box along its four edges, corners included', () => {
    const { coordinates } = boxPoints([[100, 20], [102, 21]])
    expect(coordinates).toContainEqual([100, 20])
    expect(coordinates).toContainEqual([102, 21])
    expect(coordinates).toContainEqual([101, 20])
    expect(coordinates.every(([x, y]) => x === 100 || x === 102 || y === 20 || y === 21)).toBe(true)
  })

  it('weigh a point by the area of its triangle on the map', () => {
    const weigh = projectedArea(flat())
    expect(weigh([[0, 0], [2, 0], [2, 2]])).toBeCloseTo(2, 6)
    expect(weigh([[0, 0], [1, 0], [2, 0]])).toBeCloseTo(0, 6)
  })

  it('keep a point that the projection cannot place (d3 answers null outside a projection\'s domain)', () => {
    const nowhere = (() => null) as unknown as GeoProjection
    expect(projectedArea(nowhere)([[0, 0], [1, 0], [2, 2]])).toBe(Infinity)
    expect(projectedExtent(nowhere)([[0, 0], [1, 0], [0, 0]])).toBe(Infinity)
  })

  it('place a conic\'s far pole far off the map, so that its point is kept', () => {
    expect(projectedArea(geoConicConformal().parallels([30, 50]))([[0, 0], [0, -90], [10, 0]])).toBeGreaterThan(1e6)
  })

  it('measure a ring by the longer side of its box on the map', () => {
    expect(projectedExtent(flat())([[0, 0], [3, 0], [3, -1], [0, 0]])).toBeCloseTo(3, 6)
  })
})

describe('simplifying for a projection', () => {
  it('drops a point that moves the drawn line by a sliver and keeps the corners', () => {
    const simple = simplifyFor(islands(), flat(), { minArea: 0.5 })
    expect(simple.arcs[0]).toEqual([[0, 0], [10, 0], [10, -10], [0, -10], [0, 0]])
  })

  it('keeps every point under a threshold smaller than any triangle', () => {
    expect(simplifyFor(islands(), flat(), { minArea: 1e-6 }).arcs[0]).toHaveLength(6)
  })

  it('drops islands smaller than the minimum size on the map, and keeps the rest', () => {
    const simple = simplifyFor(islands(), flat(), { minArea: 0.5, minSize: 1 })
    const land = feature(simple, simple.objects.land).features.filter(f => f.geometry)
    expect(land).toHaveLength(1)
    expect(mapPath(flat())(land[0]!)).toMatch(/^M0,0L10,0L10,10L0,10Z$/)
  })

  it('simplifies free-standing lines the same way', () => {
    const line = simplifyLines([[[0, 0], [1, 0.001], [2, 0], [2, -5]]], flat(), 0.5)
    expect(line.coordinates).toEqual([[[0, 0], [2, 0], [2, -5]]])
  })
})

describe('map SVG text', () => {
  it('rounds to one decimal without a negative zero', () => {
    expect(r1(1.26)).toBe(1.3)
    expect(Object.is(r1(-0.01), 0)).toBe(true)
  })

  it('escapes attribute values and leaves out unset ones', () => {
    expect(attrs({ 'x': 1.04, 'class': 'a"b', 'text-anchor': undefined })).toBe(' x="1" class="a&quot;b"')
  })
})
