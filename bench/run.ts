/**
 * `npm run bench`: speed, weight and accessibility of this deck, measured side by side with a bare
 * two-slide Slidev deck on the same CLI and theme. Prints figures as it goes, then a markdown table
 * (also in bench/results/latest.md and latest.json). It never fails on a number: the exit code is 1
 * only when a tool breaks (a build, a browser, Lighthouse or an export that cannot run).
 *
 * Usage: `npm run bench [-- --runs 3 --lighthouse-runs 3 --skip-export --skip-tests --port 4500]`
 */

import type { Deck } from './decks'
import type { Samples } from './rows'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright'
import { CHROMIUM_ARGS, findChromium } from '../tools/chromium'
import { precompress } from '../tools/compress'
import { serveDeck } from '../tools/serve'
import { firstLoad } from './browser'
import { buildDeck, distSizes, OFFLINE_RULES, offlineChromium, prepareDecks, RESULTS_DIR } from './decks'
import { lighthouse } from './lighthouse'
import { walkDeck } from './nav'
import { exportDeck } from './pdf'
import { timed } from './proc'
import { heaviest, table } from './report'
import { buildRows, machine } from './rows'

const { values: opts } = parseArgs({
  options: {
    'runs': { type: 'string', default: '3' },
    'lighthouse-runs': { type: 'string', default: '3' },
    'skip-export': { type: 'boolean', default: false },
    'skip-tests': { type: 'boolean', default: false },
    'port': { type: 'string', default: '4500' },
  },
})
const RUNS = Math.max(1, Number(opts.runs))
const LH_RUNS = Math.max(0, Number(opts['lighthouse-runs']))
const PORT = Number(opts.port)

const broken: string[] = []
const started = performance.now()
function say(...parts: unknown[]) {
  const s = Math.round((performance.now() - started) / 1000)
  console.log(`[bench ${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}] ${parts.join(' ')}`)
}
const realChromium = findChromium() ?? chromium.executablePath()
const offline = offlineChromium(realChromium)
const LOGS = join(RESULTS_DIR, 'logs')
rmSync(LOGS, { recursive: true, force: true })
mkdirSync(LOGS, { recursive: true })
const work = mkdtempSync(join(tmpdir(), 'slidev-bench-'))
process.on('exit', () => rmSync(work, { recursive: true, force: true }))
const log = (name: string) => join(LOGS, `${name}.log`)

const decks = await prepareDecks()
function empty(): Samples {
  return {
    build: [],
    loadFirst: [],
    loadQuiz: [],
    nav: [],
    lighthouseFirst: [],
    lighthouseQuiz: [],
    export: null,
    tests: null,
  }
}
const samples: Record<Deck['name'], Samples> = { deck: empty(), bare: empty() }
say(`deck: ${decks[0].slides} slides, first quiz slide ${decks[0].quizSlide}; bare: ${decks[1].slides} slides; ${RUNS} runs, ${LH_RUNS} Lighthouse run(s)`)

// Builds, alternating the two decks so that load from other work on the machine falls on both alike.
const dists = {} as Record<Deck['name'], string>
for (let i = 1; i <= RUNS; i++) {
  for (const deck of decks) {
    const out = join(work, `${deck.name}-${i}`)
    const run = await buildDeck(deck, out, log(`build-${deck.name}`))
    if (!run.ok) {
      console.error(`[bench] slidev build of ${deck.name} failed; see ${log(`build-${deck.name}`)}`)
      process.exit(1)
    }
    samples[deck.name].build.push({ seconds: run.seconds, sizes: distSizes(out) })
    // Both decks are then served precompressed, as `npm run build` leaves them and a static host serves them.
    await precompress(out)
    dists[deck.name] = out
    say(`build ${deck.name} ${i}/${RUNS}: ${run.seconds.toFixed(1)} s`)
  }
}

// Load, navigation and Lighthouse, against the last build of each deck served on 127.0.0.1.
const servers = await Promise.all(decks.map((d, i) => serveDeck(dists[d.name], '/', PORT + i)))
const origin = (i: number) => `http://127.0.0.1:${PORT + i}`
const browser = await chromium.launch({
  executablePath: realChromium,
  args: [...CHROMIUM_ARGS, OFFLINE_RULES],
})
// One load of each deck that is not counted: the browser's own start-up costs fall on it.
for (const [i, deck] of decks.entries()) await firstLoad(browser, origin(i), 1, dists[deck.name], false)
for (let run = 1; run <= RUNS; run++) {
  for (const [i, deck] of decks.entries()) {
    const s = samples[deck.name]
    s.loadFirst.push(await firstLoad(browser, origin(i), 1, dists[deck.name], true))
    s.loadQuiz.push(await firstLoad(browser, origin(i), deck.quizSlide, dists[deck.name], false))
    s.nav.push(await walkDeck(browser, origin(i), deck.slides))
    const [first, quiz, nav] = [s.loadFirst.at(-1)!, s.loadQuiz.at(-1)!, s.nav.at(-1)!]
    say(`load ${deck.name} ${run}/${RUNS}: slide 1 ${kB(first.bytes)} kB, FCP ${first.fcp.toFixed(0)} ms; `
      + `slide ${deck.quizSlide} ${kB(quiz.bytes)} kB; walk ${nav.totalSeconds.toFixed(1)} s, longest gap ${nav.maxGapMs.toFixed(0)} ms (to ${nav.slowestAt})${
        nav.complete ? '' : ' (stopped early)'}`)
  }
}
await browser.close()
for (let run = 1; run <= LH_RUNS; run++) {
  for (const [i, deck] of decks.entries()) {
    for (const [key, path] of [['lighthouseFirst', '/1'], ['lighthouseQuiz', `/${deck.quizSlide}`]] as const) {
      const figures = await lighthouse(origin(i) + path, offline, join(work, `lh-${deck.name}-${run}${path.replace('/', '-')}.json`), log('lighthouse'))
      samples[deck.name][key].push(figures)
      if (!figures)
        broken.push(`Lighthouse on ${deck.name} ${path}`)
      say(`lighthouse ${deck.name} ${path} ${run}/${LH_RUNS}: ${figures
        ? `performance ${figures.performance}, accessibility ${figures.accessibility}, best practices ${figures.bestPractices}, TBT ${figures.tbtMs.toFixed(0)} ms`
        : 'failed'}`)
    }
  }
}
servers.forEach(s => s.close())

if (!opts['skip-export']) {
  for (const deck of decks) {
    const out = join(work, `pdf-${deck.name}`)
    mkdirSync(out, { recursive: true })
    const figures = await exportDeck(deck, out, offline, log(`export-${deck.name}`))
    samples[deck.name].export = figures
    if (!figures)
      broken.push(`export of ${deck.name}`)
    say(`export ${deck.name}: ${figures ? `${figures.deckSeconds.toFixed(1)} s, ${figures.pages} pages, ${figures.sizeMB.toFixed(2)} MB` : 'failed'}`)
  }
}

if (!opts['skip-tests']) {
  say('npm test (several minutes)…')
  const run = await timed('npm', ['test'], { log: log('npm-test'), timeoutMs: 1_800_000 })
  samples.deck.tests = { seconds: run.seconds, passed: run.ok }
  say(`npm test: ${run.seconds.toFixed(0)} s, ${run.ok ? 'passed' : `failed (see ${log('npm-test')})`}`)
}

const rows = buildRows(decks, samples)
const about = machine(realChromium)
const files = [
  heaviest(`Heaviest files, first load of slide 1 (deck)`, samples.deck.loadFirst[0]?.files),
  heaviest(`Heaviest files, first load of slide ${decks[0].quizSlide} (deck)`, samples.deck.loadQuiz[0]?.files),
  heaviest(`Heaviest files, first load of slide 1 (bare)`, samples.bare.loadFirst[0]?.files),
]
const markdown = `${about.line}\n\n${table(rows)}\n\n${files.join('\n\n')}\n`
console.log(`\n${markdown}`)
writeFileSync(join(RESULTS_DIR, 'latest.md'), markdown)
writeFileSync(join(RESULTS_DIR, 'latest.json'), `${JSON.stringify({ ...about, runs: RUNS, lighthouseRuns: LH_RUNS, samples, medians: Object.fromEntries(rows.map(r => [r.figure, { deck: r.deck, bare: r.bare }])) }, null, 2)}\n`)
if (broken.length) {
  console.error(`[bench] could not measure: ${broken.join('; ')}`)
  process.exit(1)
}

function kB(bytes: number) {
  return (bytes / 1000).toFixed(0)
}
