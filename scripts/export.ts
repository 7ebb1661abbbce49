/**
 * `npm run export`: the deck PDF (quizzes as worksheets), then from its pages and the bank the students'
 * handout, the teachers' handout and the answer key (tools/print/), then, for a course's LMS, the SCORM 1.2
 * package and the question bank as Moodle XML, into exports/. `--only pdf` writes the four PDFs alone,
 * `--only lms` the LMS files alone.
 * Uses the Chromium that findChromium() picks; set CHROMIUM_PATH to choose another.
 *
 * Slidev prints once the network is idle (`--wait-until networkidle`, its default) and no slide is still
 * loading, yet that is not always enough: on a cold Vite cache with the machine busy, it printed every
 * page blank (1 run in 6 here; 0 blank pages in 5 runs on a quieter machine). A page without its
 * "N / total" footer is blank, so the export checks and, once the cache is warm, tries again.
 * The deck is the one Slidev export: the handouts' slide pictures are its pages (poppler's pdftoppm), and the
 * handouts and the answer key are HTML printed by one Chromium, so a question never splits across pages.
 *
 * Usage: `npm run export` (or `tsx scripts/export.ts [outDir=exports] [--only pdf|lms]`)
 */

import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { MOODLE_XML, writeMoodleXml } from '../quiz/bank/moodle'
import { findChromium } from '../tools/chromium'
import { blankPages, hasPoppler, PDF_FILES, pdfToPngs } from '../tools/pdf'
import { buildPrintouts } from '../tools/print'
import { buildScormPackage, SCORM_PACKAGE } from '../tools/scorm-package'

const args = process.argv.slice(2)
const at = args.indexOf('--only')
const only = at >= 0 ? args.splice(at, 2)[1] : undefined
if (only !== undefined && !['pdf', 'lms'].includes(only))
  throw new Error('--only takes pdf or lms')
const outDir = args[0] ?? 'exports'
mkdirSync(outDir, { recursive: true })
const browser = findChromium()
const seconds = (started: number) => `${((Date.now() - started) / 1000).toFixed(1)} s`

function slidevExport(entry: string, output: string) {
  const args = ['slidev', 'export', entry, '--output', output, '--timeout', '120000', '--wait-until', 'networkidle']
  if (browser)
    args.push('--executable-path', browser)
  const started = Date.now()
  const run = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, DECK_VITE_CACHE_DIR: 'node_modules/.vite-export' } })
  if (run.status !== 0) {
    console.error(`Export of ${entry} failed (exit ${run.status}).`)
    process.exit(run.status ?? 1)
  }
  console.log(`Exported ${entry} → ${output} in ${seconds(started)}`)
}

if (only !== 'lms') {
  const deck = join(outDir, PDF_FILES.deck)
  for (let attempt = 1; ; attempt++) {
    slidevExport('slides.md', deck)
    const blank = hasPoppler() ? blankPages(deck) : []
    if (!blank.length)
      break
    if (attempt === 3) {
      console.error(`${deck} still has blank pages (${blank.join(', ')}) after ${attempt} tries.`)
      process.exit(1)
    }
    console.warn(`${deck} printed ${blank.length} blank page(s) (Slidev printed before the slides mounted); exporting again.`)
  }

  // The handouts take each page of the deck PDF as a picture (96 dpi: the slide's own size, small enough to email).
  const started = Date.now()
  const workDir = mkdtempSync(join(tmpdir(), 'rj-print-'))
  const files = { studentHandout: join(outDir, PDF_FILES.studentHandout), teacherHandout: join(outDir, PDF_FILES.teacherHandout), answerKey: join(outDir, PDF_FILES.answerKey) }
  try {
    const slides = await buildPrintouts({ images: pdfToPngs(deck, workDir), workDir, files })
    console.log(`Built from the deck's ${slides} pages and the bank → ${Object.values(files).join(', ')} in ${seconds(started)}`)
  }
  finally {
    rmSync(workDir, { recursive: true, force: true })
  }
}

if (only !== 'pdf') {
  // For a course's LMS: the SCORM 1.2 package (its own build of the deck) and the question bank as Moodle XML.
  const scormBytes = buildScormPackage(join(outDir, SCORM_PACKAGE))
  console.log(`Built the SCORM 1.2 package → ${join(outDir, SCORM_PACKAGE)} (${(scormBytes / 1024).toFixed(0)} KiB)`)
  console.log(`Wrote ${writeMoodleXml(join(outDir, MOODLE_XML))} questions as Moodle XML → ${join(outDir, MOODLE_XML)}`)
}
