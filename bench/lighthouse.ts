/**
 * One Lighthouse run (the pinned LIGHTHOUSE CLI, desktop preset) against a served deck, in the system
 * Chromium. Lighthouse is fetched on demand through `npx`, so `npm ci` never installs it for users or CI.
 * A run that fails or times out gives `null`.
 *
 * Usage: `const scores = await lighthouse('http://127.0.0.1:4500/1', chromePath, 'lh.json', 'lh.log')`
 */

import { readFileSync } from 'node:fs'
import { timed } from './proc'

/** The Lighthouse version every bench run uses, fetched by `npx` the first time. */
export const LIGHTHOUSE = 'lighthouse@12.2.3'

export interface LighthouseFigures {
  performance: number
  accessibility: number
  bestPractices: number
  tbtMs: number
}

const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run'

interface Report {
  categories: Record<string, { score: number | null }>
  audits: Record<string, { numericValue?: number }>
}

export async function lighthouse(url: string, chromePath: string, output: string, log: string): Promise<LighthouseFigures | null> {
  const run = await timed('npx', [
    '--yes',
    LIGHTHOUSE,
    url,
    '--preset=desktop',
    '--only-categories=performance,accessibility,best-practices',
    '--output=json',
    `--output-path=${output}`,
    '--quiet',
    `--chrome-flags=${CHROME_FLAGS}`,
  ], { env: { CHROME_PATH: chromePath }, log, timeoutMs: 180_000 })
  if (!run.ok)
    return null
  const report = JSON.parse(readFileSync(output, 'utf8')) as Report
  const score = (id: string) => report.categories[id]?.score ?? Number.NaN
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    tbtMs: report.audits['total-blocking-time']?.numericValue ?? Number.NaN,
  }
}
