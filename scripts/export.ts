/**
 * `npm run export`: the deck PDF (quizzes as worksheets) and the answer key PDF, into exports/.
 * Uses the Chromium that findChromium() picks; set CHROMIUM_PATH to choose another.
 *
 * Usage: `npm run export` (or `tsx scripts/export.ts [outDir]`)
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { findChromium } from './chromium'

export const EXPORTS = [
  { entry: 'slides.md', file: 'russia-japan-common-ground.pdf' },
  { entry: 'answer-key.md', file: 'answer-key.pdf' },
]

const outDir = process.argv[2] ?? 'exports'
mkdirSync(outDir, { recursive: true })
const browser = findChromium()

for (const { entry, file } of EXPORTS) {
  const args = ['slidev', 'export', entry, '--output', join(outDir, file), '--timeout', '120000']
  if (browser) args.push('--executable-path', browser)
  const started = Date.now()
  const run = spawnSync('npx', args, { stdio: 'inherit' })
  if (run.status !== 0) {
    console.error(`Export of ${entry} failed (exit ${run.status}).`)
    process.exit(run.status ?? 1)
  }
  console.log(`Exported ${entry} → ${join(outDir, file)} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
