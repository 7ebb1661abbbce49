/**
 * `npm run export`: the deck PDF (quizzes as worksheets), the answer key PDF and the handout PDF
 * (slides with speaker notes), into exports/.
 * Uses the Chromium that findChromium() picks; set CHROMIUM_PATH to choose another.
 *
 * Usage: `npm run export` (or `tsx scripts/export.ts [outDir]`)
 */
import { execFileSync, spawnSync } from 'node:child_process'
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

/**
 * Pages of a deck PDF that printed blank. Every printed slide carries the footer "N / total"; a page
 * without text means Slidev printed before its slides had mounted, which happens now and then on a cold,
 * busy dev server (a fresh clone's first export next to other work). Undefined without pdftotext.
 */
function blankPages(file: string): number[] | undefined {
  let text: string
  try {
    text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 })
  }
  catch {
    return undefined
  }
  const pages = text.split('\f').slice(0, -1)
  return pages.flatMap((page, i) => page.includes(`${i + 1} / ${pages.length}`) ? [] : [i + 1])
}

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

for (const { entry, file } of EXPORTS) {
  const output = join(outDir, file)
  for (let attempt = 1; ; attempt++) {
    slidevExport(entry, output)
    const blank = blankPages(output)
    if (!blank?.length) break
    if (attempt === 3) {
      console.error(`${output} still has blank pages (${blank.join(', ')}) after ${attempt} tries.`)
      process.exit(1)
    }
    console.warn(`${output} printed ${blank.length} blank page(s) (Slidev printed before the slides mounted); exporting again.`)
  }
}

// The handout: slide images at 1× scale (small enough to email), then notes beside each.
const pngDir = mkdtempSync(join(tmpdir(), 'rj-handout-'))
slidevExport('slides.md', pngDir, ['--format', 'png', '--scale', '1'])
const started = Date.now()
const slides = await buildHandout({ pngDir, outFile: join(outDir, HANDOUT) })
rmSync(pngDir, { recursive: true, force: true })
console.log(`Built the handout (${slides} slides) → ${join(outDir, HANDOUT)} in ${((Date.now() - started) / 1000).toFixed(1)} s`)

// For a course's LMS: the SCORM 1.2 package (its own build of the deck) and the question bank as Moodle XML.
const { buildScormPackage, SCORM_PACKAGE } = await import('./scorm-package')
const { writeMoodleXml, MOODLE_XML } = await import('./moodle-xml')
const scormBytes = buildScormPackage(join(outDir, SCORM_PACKAGE))
console.log(`Built the SCORM 1.2 package → ${join(outDir, SCORM_PACKAGE)} (${(scormBytes / 1024).toFixed(0)} KiB)`)
console.log(`Wrote ${writeMoodleXml(join(outDir, MOODLE_XML))} questions as Moodle XML → ${join(outDir, MOODLE_XML)}`)
