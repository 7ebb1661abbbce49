/**
 * `npm run map`: regenerates the deck's two static maps from Natural Earth 50m outlines (world-atlas),
 * projected with d3-geo and simplified with topojson-simplify. Deterministic, self-contained SVG with
 * role="img", <title> and <desc>; re-run after editing tools/maps/ and commit the SVGs.
 *
 * Usage: `npm run map` (or `tsx scripts/map.ts [outDir=public/maps]`)
 */

import { Buffer } from 'node:buffer'
import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import process from 'node:process'
import { buildArctic } from '../tools/maps/arctic'
import { buildRegion } from '../tools/maps/region'
import { loadWorld } from '../tools/maps/world'

const outDir = resolve(import.meta.dirname, '..', process.argv[2] ?? 'public/maps')
mkdirSync(outDir, { recursive: true })
const world = loadWorld()
for (const [name, svg] of [['region.svg', buildRegion(world)], ['arctic.svg', buildArctic(world)]] as const) {
  const file = resolve(outDir, name)
  writeFileSync(file, svg)
  console.log(`wrote ${file} (${Buffer.byteLength(svg)} bytes)`)
}
