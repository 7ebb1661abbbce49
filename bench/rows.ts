/**
 * The bench's figures, in table order, with the targets; and the machine line above the table.
 *
 * Usage: `table(buildRows(decks, samples))`
 */

import type { LoadFigures } from './browser'
import type { Deck, DistSizes } from './decks'
import type { LighthouseFigures } from './lighthouse'
import type { NavFigures } from './nav'
import type { ExportFigures } from './pdf'
import type { Row } from './report'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { ROOT } from './decks'
import { LIGHTHOUSE } from './lighthouse'
import { atLeast, atMost, atMostRatio, exactly, medians, yes } from './report'

/** Every sample, per deck; the table shows their medians. */
export interface Samples {
  build: { seconds: number, sizes: DistSizes }[]
  loadFirst: LoadFigures[]
  loadQuiz: LoadFigures[]
  nav: NavFigures[]
  lighthouseFirst: (LighthouseFigures | null)[]
  lighthouseQuiz: (LighthouseFigures | null)[]
  export: ExportFigures | null
  tests: { seconds: number, passed: boolean } | null
}

const kB = (v?: number) => v === undefined ? undefined : v / 1000

export function buildRows([deck, bare]: [Deck, Deck], samples: Record<Deck['name'], Samples>): Row[] {
  interface Pair { d: Record<string, number | undefined>, b: Record<string, number | undefined> }
  /** Medians for both decks of what `pick` takes from their samples. */
  const m = (pick: (s: Samples) => (object | null)[]): Pair => ({ d: medians(pick(samples.deck)), b: medians(pick(samples.bare)) })
  const row = (figure: string, pair: Pair, key: string, digits: Row['digits'], target?: Row['target'], scale = (v?: number) => v): Row =>
    ({ figure, deck: scale(pair.d[key]), bare: scale(pair.b[key]), digits, target })

  const build = m(s => s.build.map(b => ({ seconds: b.seconds, ...b.sizes })))
  const rows: Row[] = [
    row('Build: `slidev build` wall time (s)', build, 'seconds', 1, atMostRatio(2)),
    row('Build: dist/ total (kB)', build, 'total', 0, undefined, kB),
    row('Build: dist/ JS (kB)', build, 'js', 0, undefined, kB),
    row('Build: dist/ JS gzipped (kB)', build, 'jsGzip', 0, undefined, kB),
  ]
  for (const [label, pick] of [['slide 1', (s: Samples) => s.loadFirst], [`quiz slide (${deck.quizSlide}; bare: ${bare.quizSlide})`, (s: Samples) => s.loadQuiz]] as const) {
    const load = m(pick)
    rows.push(
      row(`Load ${label}: requests`, load, 'requests', 0),
      // Issue 11: slide 1 no heavier than the bare deck; a quiz slide, which also loads its questions, within 1.2×.
      row(`Load ${label}: bytes transferred (kB)`, load, 'bytes', 0, atMostRatio(label === 'slide 1' ? 1 : 1.2), kB),
      row(`Load ${label}: same files gzipped (kB, estimate)`, load, 'gzipBytes', 0, undefined, kB),
      row(`Load ${label}: requests to other origins`, load, 'foreign', 0, exactly(0)),
      row(`Load ${label}: DOMContentLoaded (ms)`, load, 'domContentLoaded', 0),
      row(`Load ${label}: first contentful paint (ms)`, load, 'fcp', 0),
      row(`Load ${label}: JS heap after load (MB)`, load, 'heapMB', 1),
    )
    if (label === 'slide 1')
      rows.push(row('Load slide 1: bytes once Slidev preloads every slide (kB)', load, 'settledBytes', 0, undefined, kB))
  }
  for (const [label, pick] of [['slide 1', (s: Samples) => s.lighthouseFirst], ['quiz slide', (s: Samples) => s.lighthouseQuiz]] as const) {
    const lh = m(pick)
    rows.push(
      row(`Lighthouse ${label}: performance`, lh, 'performance', 2, atLeast(0.95)),
      row(`Lighthouse ${label}: accessibility`, lh, 'accessibility', 2, exactly(1)),
      row(`Lighthouse ${label}: best practices`, lh, 'bestPractices', 2, exactly(1)),
      row(`Lighthouse ${label}: total blocking time (ms)`, lh, 'tbtMs', 0, atMost(100, ' ms')),
    )
  }
  const nav = m(s => s.nav)
  rows.push(
    { figure: 'Navigation: slides', deck: deck.slides, bare: bare.slides, digits: 0 },
    row('Navigation: key presses', nav, 'presses', 0),
    row('Navigation: click steps', nav, 'clickSteps', 0),
    row('Navigation: walk through every slide (s)', nav, 'totalSeconds', 1),
    row('Navigation: walk time per slide (ms)', nav, 'perSlideMs', 0),
    row('Navigation: longest key press → paint (ms)', nav, 'maxGapMs', 0),
    row('Navigation: median key press → paint (ms)', nav, 'medianGapMs', 0),
  )
  const pdf = m(s => [s.export])
  rows.push(
    row('Export: `npm run export` wall time, all its PDFs (s)', pdf, 'commandSeconds', 1),
    row('Export: deck PDF alone (s)', pdf, 'deckSeconds', 1),
    row('Export: per slide (s)', pdf, 'perSlideSeconds', 2, atMost(1.5, ' s')),
    row('Export: pages', pdf, 'pages', 0),
    row('Export: PDF size (MB)', pdf, 'sizeMB', 2, atMost(5, ' MB')),
    row('Export: text selectable', pdf, 'selectableText', 'yes/no', yes),
  )
  const tests = m(s => [s.tests])
  rows.push(
    row('Tests: `npm test` wall time (s)', tests, 'seconds', 0, atMost(240, ' s')),
    row('Tests: `npm test` passed', tests, 'passed', 'yes/no', yes),
  )
  return rows
}

function version(pkg: string): string {
  return (JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version
}

export function machine(chromiumPath: string) {
  const chromium = spawnSync(chromiumPath, ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? 'unknown'
  const versions = {
    node: process.version,
    slidev: version('@slidev/cli'),
    theme: version('@slidev/theme-default'),
    vite: version('vite'),
    lighthouse: LIGHTHOUSE.split('@')[1],
    playwright: version('playwright'),
    chromium,
  }
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ')
  const line = `Measured ${date} UTC on ${cpus().length} cores; Node ${versions.node.slice(1)}, @slidev/cli ${versions.slidev}, `
    + `theme-default ${versions.theme}, Vite ${versions.vite}, ${chromium}, Lighthouse ${versions.lighthouse}, Playwright ${versions.playwright}.`
  return { date, cores: cpus().length, versions, line }
}
