/**
 * The countries the maps draw: Natural Earth 50m outlines from `world-atlas` (TopoJSON), the three
 * countries the deck names, and the land layers both maps share.
 *
 * Usage: `const countries = countriesOf(simplifyFor(loadWorld(), projection, opts)); landLayers(path, countries, { highlight })`
 */

import type { Feature, MultiPolygon, Polygon, Position } from 'geojson'
import type { GeometryCollection, Topology } from 'topojson-specification'
import type { LonLat } from './projection'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { geoCentroid } from 'd3-geo'
import { feature } from 'topojson-client'
import { C } from './svg'

/** ISO 3166-1 numeric ids, as world-atlas spells them. */
export const ID = { russia: '643', japan: '392', china: '156' } as const

export type World = Topology<{ countries: GeometryCollection<{ name: string }> }>
export type Country = Feature<Polygon | MultiPolygon, { name: string }>

export function loadWorld(): World {
  const file = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json')
  return JSON.parse(readFileSync(file, 'utf8')) as World
}

export function countriesOf(world: World): Country[] {
  return feature(world, world.objects.countries).features as Country[]
}

export function byId(countries: Country[], id: string): Country {
  const country = countries.find(f => f.id === id)
  if (!country)
    throw new Error(`world-atlas has no country with id ${id}`)
  return country
}

/** The islands whose centre lies in the box: Etorofu, Kunashiri, Shikotan and the Habomai islets. */
export const inKurilsBox = ([lon, lat]: LonLat): boolean => lon > 145.3 && lon < 149 && lat > 43.2 && lat < 45.8

/** Splits a country's polygons in two by where each one's centre lies: [inside, outside]. */
export function splitPolygons(country: Country, test: (centre: LonLat) => boolean): [Country, Country] {
  const polygons: Position[][][] = country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates
  const inside: Position[][][] = []
  const outside: Position[][][] = []
  for (const coordinates of polygons) (test(geoCentroid({ type: 'Polygon', coordinates })) ? inside : outside).push(coordinates)
  const part = (coordinates: Position[][][]): Country => ({ type: 'Feature', properties: country.properties, geometry: { type: 'MultiPolygon', coordinates } })
  return [part(inside), part(outside)]
}

export interface Layer {
  /** The country this layer replaces in the plain land layer. */
  id?: string
  feature: Country
  fill: string
  stroke?: string
  sw?: number
}

/** Plain land first, then each highlighted country (and any extra layer) over it in its own colour. */
export function landLayers(path: (f: Country) => string, countries: Country[], { highlight, extra = [] }: { highlight: Layer[], extra?: Layer[] }): string {
  const plain = countries.filter(f => !highlight.some(h => h.id === f.id))
  const out = [`<path d="${plain.map(path).join('')}" fill="${C.land}" stroke="${C.coast}" stroke-width="0.8" stroke-linejoin="round"/>`]
  for (const h of [...highlight, ...extra]) {
    const d = path(h.feature)
    if (d)
      out.push(`<path d="${d}" fill="${h.fill}" stroke="${h.stroke ?? C.coast}" stroke-width="${h.sw ?? 0.9}" stroke-linejoin="round"/>`)
  }
  return out.join('\n')
}
