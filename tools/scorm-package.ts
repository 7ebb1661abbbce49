/**
 * The SCORM 1.2 package an LMS imports as it is: the deck built to run from the LMS's file paths (relative
 * base, hash router, no service worker; DECK_TARGET=scorm switches on the LMS reporting in lms/startScorm.ts),
 * an imsmanifest.xml with the mastery score, all zipped (fflate, deflate).
 *
 * The mastery score is given as a percentage of the bank's points and written into the manifest in points,
 * the scale of cmi.core.score.raw, so the LMS's own pass/fail check and the deck's agree.
 *
 * Usage: `tsx scripts/scorm-package.ts [out.zip=exports/russia-japan-common-ground-scorm12.zip] [--mastery 70]`
 */

import type { StdioOptions } from 'node:child_process'
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, sep } from 'node:path'
import process from 'node:process'
import { zipSync } from 'fflate'
import { allQuestions } from '../quiz/bank'
import { DEFAULT_MASTERY_PERCENT, masteryPoints, totalPoints } from '../quiz/engine/scoring'
import { escapeHtml } from './html'

export const SCORM_PACKAGE = 'russia-japan-common-ground-scorm12.zip'
const ROOT = join(import.meta.dirname, '..')

/** The `title:` line of a headmatter; the value is trimmed after. */
const TITLE_LINE = /^title:(.+)$/m

/** The deck's title, from the headmatter of slides.md. */
export function deckTitle(): string {
  return TITLE_LINE.exec(readFileSync(join(ROOT, 'slides.md'), 'utf8'))?.[1]?.trim() ?? 'Slides'
}

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
export function listFiles(dir: string): string[] {
  const walk = (d: string): string[] => readdirSync(d).flatMap((name) => {
    const path = join(d, name)
    return statSync(path).isDirectory() ? walk(path) : [relative(dir, path).split(sep).join('/')]
  })
  return walk(dir).sort()
}

/** imsmanifest.xml for one SCO launched at index.html that lists `files`. */
export function manifest({ title, files, mastery }: { title: string, files: string[], mastery: number }): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="russia-japan-common-ground" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="deck">
    <organization identifier="deck">
      <title>${escapeHtml(title)}</title>
      <item identifier="deck-item" identifierref="deck-sco" isvisible="true">
        <title>${escapeHtml(title)}</title>
        <adlcp:masteryscore>${mastery}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="deck-sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
${files.map(f => `      <file href="${escapeHtml(f)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`
}

/** The `slidev build` for an LMS into `dir`: a relative base and the hash router. */
function lmsBuild(dir: string) {
  return {
    args: ['slidev', 'build', '--base', './', '--router-mode', 'hash', '--out', dir],
    options: { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] as StdioOptions, env: { ...process.env, DECK_TARGET: 'scorm' } },
  }
}

/** Static-host helpers that mean nothing inside an LMS. */
function dropHostFiles(dir: string) {
  for (const f of ['_redirects', '404.html']) rmSync(join(dir, f), { force: true })
}

/** Builds the deck for an LMS into `dir` (emptied first). */
export function buildForLms(dir: string) {
  rmSync(dir, { recursive: true, force: true })
  const { args, options } = lmsBuild(dir)
  const run = spawnSync('npx', args, options)
  if (run.status !== 0)
    throw new Error(`slidev build for the SCORM package failed (exit ${run.status})`)
  dropHostFiles(dir)
}

/** `buildForLms` in the background, so that another build can run beside it (the browser tests' setup). */
export async function buildForLmsAsync(dir: string): Promise<void> {
  rmSync(dir, { recursive: true, force: true })
  const { args, options } = lmsBuild(dir)
  const status = await new Promise<number | null>(resolve => spawn('npx', args, options).on('close', resolve))
  if (status !== 0)
    throw new Error(`slidev build for the SCORM package failed (exit ${status})`)
  dropHostFiles(dir)
}

/** Zips `dir` with an imsmanifest.xml at its root into `outFile`; returns the zip's size in bytes. */
export function packageDir(dir: string, outFile: string, masteryPercent = DEFAULT_MASTERY_PERCENT): number {
  const files = listFiles(dir).filter(f => f !== 'imsmanifest.xml')
  const text = manifest({ title: deckTitle(), files, mastery: masteryPoints(masteryPercent, totalPoints(allQuestions)) })
  const entries: Record<string, Uint8Array> = { 'imsmanifest.xml': new TextEncoder().encode(text) }
  for (const f of files) entries[f] = readFileSync(join(dir, f))
  const zip = zipSync(entries, { level: 9 })
  mkdirSync(dirname(outFile), { recursive: true })
  writeFileSync(outFile, zip)
  return zip.byteLength
}

/** Builds the deck for an LMS and writes the package; returns its size in bytes. */
export function buildScormPackage(outFile: string, masteryPercent = DEFAULT_MASTERY_PERCENT): number {
  const dir = mkdtempSync(join(tmpdir(), 'rj-scorm-'))
  try {
    buildForLms(join(dir, 'deck'))
    return packageDir(join(dir, 'deck'), outFile, masteryPercent)
  }
  finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
