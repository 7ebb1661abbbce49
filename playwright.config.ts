// Browser tests: the built deck (served under a sub-path, as on GitHub Pages) in the system Chromium,
// plus the PDF exports. `npm run test:browser` builds first; nothing here downloads a browser.

import process from 'node:process'
import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium'

// Ports are overridable so that two checkouts can run their browser tests side by side.
const PORT = Number(process.env.DECK_TEST_PORT ?? 4321)
const BASE = '/deck/'

export default defineConfig({
  testDir: 'tests/browser',
  timeout: 60_000,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}${BASE}`,
    viewport: { width: 1280, height: 720 },
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'deck', testIgnore: /(export|audit|quiz-fit|seminar|webkit-phone|scorm|offline)\.spec\.ts/ },
    // The offline app and the SCORM package: each spec serves its own copy (the SCORM one builds it first).
    { name: 'lms', testMatch: /(scorm|offline)\.spec\.ts/, timeout: 5 * 60_000 },
    // Starts its own seminars (it reads their banner, and kills one with -9), so no web server of its own.
    // One worker: every seminar builds its deck into the same dist-seminar/ on first start.
    { name: 'seminar', testMatch: /(seminar|webkit-phone)\.spec\.ts/, timeout: 120_000, workers: 1 },
    { name: 'audit', testMatch: /(audit|quiz-fit)\.spec\.ts/ },
    { name: 'export', testMatch: /export\.spec\.ts/, timeout: 15 * 60_000 },
  ],
  webServer: [
    {
      command: `npx slidev build --base ${BASE} --out dist-test && npx tsx scripts/serve.ts dist-test ${BASE} ${PORT}`,
      url: `http://127.0.0.1:${PORT}${BASE}`,
      timeout: 300_000,
      reuseExistingServer: !process.env.CI,
      stdout: 'ignore',
      stderr: 'ignore',
    },
  ],
})
