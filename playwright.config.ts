// Browser tests: the built deck (served under a sub-path, as on GitHub Pages) in the system Chromium, plus
// the PDF exports. The deck and the SCORM package are built once for the whole run, side by side
// (tests/browser/global-setup.ts); nothing here downloads a browser.

import process from 'node:process'
import { defineConfig } from '@playwright/test'
import { DECK, DECK_PORT } from './tests/browser/built'
import { CHROMIUM_ARGS, findChromium } from './tools/chromium'

export default defineConfig({
  testDir: 'tests/browser',
  globalSetup: './tests/browser/global-setup.ts',
  timeout: 60_000,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${DECK_PORT}${DECK.base}`,
    viewport: { width: 1280, height: 720 },
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  // One phase, longest first: the export's three PDFs and the audit's walks start at once, beside the rest.
  projects: [
    { name: 'export', testMatch: /export\.spec\.ts/, timeout: 15 * 60_000 },
    { name: 'audit', testMatch: /(audit|quiz-fit)\.spec\.ts/ },
    { name: 'deck', testIgnore: /(export|audit|quiz-fit|seminar|webkit-phone|conductor|scorm|slidev)\.spec\.ts/, timeout: 5 * 60_000 },
    // Starts its own seminars on the shared build (it reads their banner, and kills one with -9); one worker,
    // so the Chromium and WebKit phones' seminars do not start at once.
    { name: 'seminar', testMatch: /(seminar|webkit-phone|conductor)\.spec\.ts/, timeout: 120_000, workers: 1 },
    // The SCORM package (built in the global setup): the LMS run-time, and the Slidev contract (hash mode too).
    { name: 'lms', testMatch: /scorm\.spec\.ts/ },
    { name: 'slidev', testMatch: /slidev\.spec\.ts/ },
  ],
  // Ports are overridable so that two checkouts can run their browser tests side by side.
  ...(process.env.CI ? { forbidOnly: true } : {}),
})
