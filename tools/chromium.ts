/**
 * Which Chromium to drive, for tests, export and the benchmarks: `CHROMIUM_PATH`, then Debian's
 * `/usr/bin/chromium`, then (undefined) Playwright's own browser where a machine has one.
 * Nothing here downloads a browser.
 *
 * Usage: `chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })`
 */

import { existsSync } from 'node:fs'
import process from 'node:process'

export const SYSTEM_CHROMIUM = '/usr/bin/chromium'

/** Flags for headless Chromium on a locked-down machine (no sandbox as root, no background network). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export function findChromium(env: Record<string, string | undefined> = process.env, exists: (p: string) => boolean = existsSync): string | undefined {
  if (env.CHROMIUM_PATH)
    return env.CHROMIUM_PATH
  if (exists(SYSTEM_CHROMIUM))
    return SYSTEM_CHROMIUM
  return undefined
}
