/**
 * `npm run export`: the deck PDF (quizzes as worksheets), the answer key PDF and the handout PDF
 * (slides with speaker notes), into exports/.
 * Uses the Chromium that findChromium() picks; set CHROMIUM_PATH to choose another.
 *
 * Usage: `npm run export` (or `tsx scripts/export.ts [outDir]`)
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { findChromium } from './chromium'
import { buildHandout } from './handout/build'

export const EXPORTS = [
  { entry: 'slides.md', file: 'russia-japan-common-ground.pdf' },
  { entry: 'answer-key.md', file: 'answer-key.pdf' },
]

export const HANDOUT = 'handout.pdf'

const outDir = process.argv[2] ?? 'exports'
mkdirSync(outDir, { recursive: true })
const browser = findChromium()

function slidevExport(entry: string, output: string, extra: string[] = []) {
  const args = ['slidev', 'export', entry, '--output', output, '--timeout', '120000', ...extra]
  if (browser) args.push('--executable-path', browser)
  const started = Date.now()
  const run = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, DECK_VITE_CACHE_DIR: 'node_modules/.vite-export' } })
  if (run.status !== 0) {
    console.error(`Export of ${entry} failed (exit ${run.status}).`)
    process.exit(run.status ?? 1)
  }
  console.log(`Exported ${entry} → ${output} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

for (const { entry, file } of EXPORTS) slidevExport(entry, join(outDir, file))

// The handout: slide images at 1× scale (small enough to email), then notes beside each.
const pngDir = mkdtempSync(join(tmpdir(), 'rj-handout-'))
slidevExport('slides.md', pngDir, ['--format', 'png', '--scale', '1'])
const started = Date.now()
const slides = await buildHandout({ pngDir, outFile: join(outDir, HANDOUT) })
rmSync(pngDir, { recursive: true, force: true })
console.log(`Built the handout (${slides} slides) → ${join(outDir, HANDOUT)} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
