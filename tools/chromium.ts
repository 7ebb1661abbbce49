/**
 * Which Chromium to drive: `CHROMIUM_PATH`, then Debian's `/usr/bin/chromium`, then (undefined) Playwright's
 * own browser where a machine has one. The browser tests put Debian's headless shell first where it is
 * installed (findTestChromium). Nothing here downloads a browser.
 *
 * Usage: `chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })`
 */

import { existsSync } from 'node:fs'
import process from 'node:process'

export const SYSTEM_CHROMIUM = '/usr/bin/chromium'
/**
 * Debian's `chromium-headless-shell`: the same Chromium build (Blink, V8, the PDF printer) without the
 * browser's windowing layer, which is what Playwright itself runs headless tests in. Here it takes a third
 * of the full browser's CPU to open a context and load the deck (measured in bench/README.md), and the
 * browser tests are CPU-bound on 2 cores. The binary, not /usr/bin's wrapper script, so that closing the
 * browser ends its process.
 */
export const SYSTEM_HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell'

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

/** The browser tests' Chromium: `CHROMIUM_PATH`, then Debian's headless shell, then as findChromium. */
export function findTestChromium(env: Record<string, string | undefined> = process.env, exists: (p: string) => boolean = existsSync): string | undefined {
  if (!env.CHROMIUM_PATH && exists(SYSTEM_HEADLESS_SHELL))
    return SYSTEM_HEADLESS_SHELL
  return findChromium(env, exists)
}
