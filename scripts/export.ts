/**
 * `npm run export`: the deck PDF (quizzes as worksheets), the answer key PDF and the handout PDF
 * (slides with speaker notes), into exports/.
 * Uses the Chromium that findChromium() picks; set CHROMIUM_PATH to choose another.
 *
 * Slidev prints once the network is idle and no slide is still loading (`--wait-until networkidle`).
 * With the export on a Vite cache of its own, that is enough: 5 cold exports in a row printed no blank
 * page. A blank page (no "N / total" footer) still fails the export rather than going out unnoticed.
 *
 * Usage: `npm run export` (or `tsx scripts/export.ts [outDir]`)
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { findChromium } from './chromium'
import { buildHandout } from './handout/build'
import { blankPages, DECK_EXPORTS, hasPoppler, PDF_FILES } from './pdf'

const outDir = process.argv[2] ?? 'exports'
mkdirSync(outDir, { recursive: true })
const browser = findChromium()

function slidevExport(entry: string, output: string, extra: string[] = []) {
  const args = ['slidev', 'export', entry, '--output', output, '--timeout', '120000', '--wait-until', 'networkidle', ...extra]
  if (browser) args.push('--executable-path', browser)
  const started = Date.now()
  const run = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, DECK_VITE_CACHE_DIR: 'node_modules/.vite-export' } })
  if (run.status !== 0) {
    console.error(`Export of ${entry} failed (exit ${run.status}).`)
    process.exit(run.status ?? 1)
  }
  console.log(`Exported ${entry} → ${output} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

for (const { entry, file } of DECK_EXPORTS) {
  const output = join(outDir, file)
  slidevExport(entry, output)
  const blank = hasPoppler() ? blankPages(output) : []
  if (blank.length) {
    console.error(`${output} has blank pages (${blank.join(', ')}): Slidev printed before those slides had mounted.`)
    process.exit(1)
  }
}

// The handout: slide images at 1× scale (small enough to email), then notes beside each.
const pngDir = mkdtempSync(join(tmpdir(), 'rj-handout-'))
slidevExport('slides.md', pngDir, ['--format', 'png', '--scale', '1'])
const started = Date.now()
const handout = join(outDir, PDF_FILES.handout)
const slides = await buildHandout({ pngDir, outFile: handout })
rmSync(pngDir, { recursive: true, force: true })
console.log(`Built the handout (${slides} slides) → ${handout} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
