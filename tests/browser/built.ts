// Where the browser tests find the builds they share, made once per run (global-setup.ts).
// With DECK_TEST_BUILT=1 a run reuses the builds an earlier run left, to rerun a spec quickly.

import { existsSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { SCORM_PACKAGE } from '../../tools/scorm-package'

export const ROOT = join(import.meta.dirname, '../..')

/** The deck, built under a sub-path as on GitHub Pages: every spec serves it or a copy of it. */
export const DECK = { dir: join(ROOT, 'dist-test'), base: '/deck/' } as const
/** The SCORM package (relative base, hash router): its build folder, and the zip an LMS imports. */
export const LMS = { dir: join(ROOT, 'dist-test-lms/deck'), zip: join(ROOT, 'dist-test-lms', SCORM_PACKAGE) } as const

export const DECK_PORT = Number(process.env.DECK_TEST_PORT ?? 4321)
/** The SCORM spec's LMS stand-in, and the offline spec's copies of the deck (this port and the next). */
export const LMS_PORT = Number(process.env.LMS_TEST_PORT ?? 4361)
export const OFFLINE_PORT = Number(process.env.OFFLINE_TEST_PORT ?? 4371)

/** True when the run may reuse `file` from an earlier run instead of building it again. */
export const reuse = (file: string) => process.env.DECK_TEST_BUILT === '1' && existsSync(file)
