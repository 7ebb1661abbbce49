// Browser tests: the built deck (served under a sub-path, as on GitHub Pages) in the system Chromium, plus
// the PDF exports. The deck and the SCORM package are built once for the whole run, side by side
// (tests/browser/global-setup.ts); nothing here downloads a browser.

import process from 'node:process'
import { defineConfig } from '@playwright/test'
import { DECK, DECK_PORT } from './tests/browser/built'
import { CHROMIUM_ARGS, findTestChromium } from './tools/chromium'

export default defineConfig({
  testDir: 'tests/browser',
  globalSetup: './tests/browser/global-setup.ts',
  timeout: 60_000,
  workers: 3,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${DECK_PORT}${DECK.base}`,
    viewport: { width: 1280, height: 720 },
    launchOptions: { executablePath: findTestChromium(), args: CHROMIUM_ARGS },
    // A visible tab in a desktop browser gets the screen wake lock that Slidev's play and presenter pages ask
    // for without a prompt; the headless shell has no screen and refuses it unless granted.
    permissions: ['screen-wake-lock'],
    // The deck's service worker precaches every file of the deck in each new context: a core-second apiece, for
    // what only offline.spec.ts and first-load.spec.ts look at (they allow it). The seminar's projects allow it
    // too: the seminar's server refuses sw.js, and seminar.spec.ts checks that no worker installs.
    serviceWorkers: 'block',
    // The slides fade into each other, and the checks look at the slide once it has settled. The deck honours
    // reduced motion (styles/deck.css), and with it a slide change takes a third of the CPU and a quarter of
    // the time. The phone walk in audit.spec.ts keeps the fade, so one walk through every slide has motion.
    reducedMotion: 'reduce',
  },
  // One phase, the longest groups first: the export (one group: its own Slidev server, then its checks) and the
  // conductor's spec (one worker) start at once; the audit's walks, then the seminar's tests, each a group of its
  // own, spread over the workers; the short specs fill in at the end.
  projects: [
    { name: 'export', testMatch: /export\.spec\.ts/, timeout: 15 * 60_000 },
    // One worker, so the two specs' WebKit phones (each on its own Xvfb display) do not start at once.
    { name: 'conductor', testMatch: /(webkit-phone|conductor)\.spec\.ts/, timeout: 120_000, workers: 1, use: { serviceWorkers: 'allow' } },
    { name: 'audit', testMatch: /(audit|quiz-fit)\.spec\.ts/ },
    // These start their own seminars on the shared build (they read the banner, and kill one with -9).
    { name: 'seminar', testMatch: /seminar\.spec\.ts/, timeout: 120_000, use: { serviceWorkers: 'allow' } },
    { name: 'deck', testIgnore: /(export|audit|quiz-fit|seminar|webkit-phone|conductor|scorm|slidev)\.spec\.ts/, timeout: 5 * 60_000 },
    // The SCORM package (built in the global setup): the LMS run-time, and the Slidev contract (hash mode too).
    { name: 'lms', testMatch: /scorm\.spec\.ts/ },
    { name: 'slidev', testMatch: /slidev\.spec\.ts/ },
  ],
  // Ports are overridable so that two checkouts can run their browser tests side by side.
  ...(process.env.CI ? { forbidOnly: true } : {}),
})
