// The hosted deck as an offline app: a learner opens it once, loses the network, and opens it again in a new
// tab and on reload; later a new deployment is offered with a "Reload" prompt instead of served silently.
// Each test serves its own copy of the deck built for the run (built.ts), so it can stop the server (really
// offline, not only emulated) and change the deployed files.

import type { Page } from '@playwright/test'
import type { Server } from 'node:http'
import type { SingleChoiceQuestion } from '../../quiz/engine/types'
import { appendFileSync, cpSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { expect, test } from '@playwright/test'
import { allQuestions } from '../../quiz/bank'
import { serveDeck } from '../../tools/serve'
import { deckIndex } from '../fixtures/deck'
import { DECK, OFFLINE_PORT } from './built'
import { watchPage } from './helpers'

const PORT = OFFLINE_PORT
const COPY = join(import.meta.dirname, '../../test-results/offline-deck')
const origin = `http://127.0.0.1:${PORT}${DECK.base}`

test.describe.configure({ mode: 'serial' })
// The service worker is what this spec is about (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' })

let server: Server | undefined
const stop = () => new Promise<void>(resolve => (server ? server.close(() => resolve()) : resolve()))

test.beforeEach(async () => {
  rmSync(COPY, { recursive: true, force: true })
  cpSync(DECK.dir, COPY, { recursive: true })
  server = await serveDeck(COPY, DECK.base, PORT)
})
test.afterEach(async () => {
  server?.closeAllConnections()
  await stop()
})

/** Waits until the service worker has installed (precached everything) and is active. */
async function offlineReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
}

/** The URLs the service worker precaches, relative to the deck. */
function precached(): string[] {
  const sw = readFileSync(join(COPY, 'sw.js'), 'utf8')
  return Array.from(sw.matchAll(/url:"([^"]+)"/g), m => m[1]!)
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? files(p) : [relative(COPY, p)]
  })
}

const q = allQuestions.find(x => x.type === 'single') as SingleChoiceQuestion
const right = q.options.find(o => o.id === q.correct)!

test('the precache holds every script, style sheet, woff2 font, map and the speaker notes of the build', () => {
  const urls = new Set(precached())
  const needed = files(COPY).filter(f => /\.(?:js|css|json|woff2|svg|html)$/.test(f) && !['sw.js', '404.html'].includes(f) && !f.startsWith('workbox-'))
  expect(needed.filter(f => !urls.has(f))).toEqual([])
  expect(needed.some(f => f.endsWith('.woff2'))).toBe(true)
  expect(needed).toContain('maps/region.svg')
  expect(needed).toContain('deck-notes.json')
  const bytes = [...urls].reduce((n, u) => n + statSync(join(COPY, u)).size, 0)
  // eslint-disable-next-line no-console -- prints the measured precache size beside the assertions on it
  console.log(`precache: ${urls.size} entries, ${(bytes / 1024).toFixed(0)} KiB`)
})

test('once opened, the deck reopens offline in a new tab and on reload, and its quizzes, /study and any route work', async ({ page, context }) => {
  const deck = await deckIndex()
  const no = deck.slideOfQuestion(q.id)!
  const map = deck.slideOfAlias('context-kurils')!
  // The one place the worker registers in a deck page (playwright.config.ts blocks it elsewhere): nothing may fail quietly.
  const watched = watchPage(page, new URL(origin).origin)
  await page.goto(origin)
  await offlineReady(page)
  expect(watched.errors).toEqual([])
  expect(watched.foreign).toEqual([])

  server?.closeAllConnections()
  await stop()
  await context.setOffline(true)

  const tab = await context.newPage()
  await tab.goto(`${origin}${no}`)
  const s = tab.locator(`[data-slidev-no="${no}"]`)
  await s.getByRole('radio', { name: right.text }).check()
  await s.getByRole('button', { name: 'Check' }).click()
  await expect(s.locator('[aria-live="polite"]').first()).toContainText('Correct')

  await tab.reload()
  await expect(tab.locator(`[data-slidev-no="${no}"]`).getByRole('radio', { name: right.text })).toBeChecked()

  await tab.goto(`${origin}${map}`)
  const img = tab.locator(`[data-slidev-no="${map}"] img[src*="maps/region.svg"]`)
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0)

  await tab.goto(`${origin}study`)
  await expect(tab.getByRole('radio', { name: right.text })).toBeChecked()

  // A route this build may not have (another branch adds /article) still opens the app, not the browser's offline page.
  const response = await tab.goto(`${origin}article`)
  expect(response?.fromServiceWorker()).toBe(true)
  await expect(tab.locator('#app')).toBeAttached()
})

test('a new deployment is offered with a "Reload" prompt, and Reload switches to it', async ({ page }) => {
  await page.goto(origin)
  await offlineReady(page)
  await page.reload()
  await expect(page.getByRole('button', { name: 'Reload' })).toHaveCount(0)

  // Deploy a new version (any byte change of sw.js is a new service worker to the browser) and restart the host.
  appendFileSync(join(COPY, 'sw.js'), '\n// next deployment\n')
  server?.closeAllConnections()
  await stop()
  server = await serveDeck(COPY, DECK.base, PORT)
  await page.reload()
  const prompt = page.getByRole('status').filter({ hasText: 'New version of the deck.' })
  await expect(prompt).toBeVisible()
  await page.screenshot({ path: 'test-results/offline-update-prompt.png' })
  const before = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)
  const reloaded = page.waitForEvent('load')
  await prompt.getByRole('button', { name: 'Reload' }).click()
  await reloaded
  await expect(page.getByRole('button', { name: 'Reload' })).toHaveCount(0)
  const script = await page.evaluate(async () => {
    const r = await navigator.serviceWorker.getRegistration()
    return { controller: !!navigator.serviceWorker.controller, waiting: !!r?.waiting, url: r?.active?.scriptURL }
  })
  expect(script).toEqual({ controller: true, waiting: false, url: before })
})
