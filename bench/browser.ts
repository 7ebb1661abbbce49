/**
 * First-load figures for one slide of a built deck, in a fresh Chromium context (empty cache), taken
 * once the slide shows and the network has been quiet for 500 ms.
 * Bytes are what crossed the wire as served (CDP `Network.loadingFinished` encodedDataLength; the
 * deck's server does not compress), plus an estimate of the same files gzipped, as most hosts send them.
 * Requests to other origins are aborted and counted; nothing leaves 127.0.0.1.
 *
 * Usage: `const figures = await firstLoad(browser, 'http://127.0.0.1:4500', 1, distDir, true)`
 */

import type { Browser, CDPSession } from 'playwright'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export const VIEWPORT = { width: 1280, height: 720 }

export interface LoadFigures {
  requests: number
  bytes: number
  gzipBytes: number
  foreign: number
  domContentLoaded: number
  fcp: number
  heapMB: number
  /** Bytes after Slidev's background preload (every slide, 3 s after mounting); only when asked for. */
  settledBytes?: number
  /** What the first load fetched, heaviest first, to see which chunk costs what. */
  files: { path: string, bytes: number }[]
}

export async function firstLoad(browser: Browser, origin: string, slide: number, dist: string, settle: boolean): Promise<LoadFigures> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  const page = await context.newPage()
  let foreign = 0
  await page.route('**/*', (route) => {
    if (route.request().url().startsWith(origin))
      return route.continue()
    foreign++
    return route.abort('blockedbyclient')
  })
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Performance.enable')
  const network = watchNetwork(cdp, origin)

  await page.goto(`${origin}/${slide}`, { waitUntil: 'load' })
  // The slide's own code comes in later waves; on a busy machine the network can idle 500 ms between them.
  await page.locator(`[data-slidev-no="${slide}"]`).first().waitFor({ state: 'visible', timeout: 15_000 }).catch(() => {})
  await network.quiet()
  const files = network.files()
  const loaded = { ...network.totals(), gzipBytes: gzipEstimate(files.map(f => f.path), dist), files }
  const timing = await page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined
    return {
      domContentLoaded: navigation?.domContentLoadedEventEnd ?? Number.NaN,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    }
  })
  // Retained heap: collect garbage first, so the figure does not depend on when V8 last did.
  await cdp.send('HeapProfiler.collectGarbage')
  const { metrics } = await cdp.send('Performance.getMetrics')
  const heap = metrics.find(m => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN

  let settledBytes: number | undefined
  if (settle) {
    await page.waitForTimeout(4_000)
    await network.quiet()
    settledBytes = network.totals().bytes
  }
  await context.close()
  return { ...loaded, foreign, ...timing, heapMB: heap / 1e6, settledBytes }
}

/** Counts requests to the deck's origin and their bytes; `quiet()` waits for 500 ms with none in flight. */
function watchNetwork(cdp: CDPSession, origin: string) {
  const pending = new Set<string>()
  const paths = new Map<string, string>()
  const bytes = new Map<string, number>()
  let lastActivity = performance.now()
  cdp.on('Network.requestWillBeSent', (e) => {
    if (!e.request.url.startsWith(origin))
      return
    pending.add(e.requestId)
    paths.set(e.requestId, new URL(e.request.url).pathname)
    lastActivity = performance.now()
  })
  const done = (id: string) => {
    pending.delete(id)
    lastActivity = performance.now()
  }
  cdp.on('Network.loadingFinished', (e) => {
    if (paths.has(e.requestId))
      bytes.set(e.requestId, e.encodedDataLength)
    done(e.requestId)
  })
  cdp.on('Network.loadingFailed', e => done(e.requestId))
  return {
    totals: () => ({ requests: paths.size, bytes: [...bytes.values()].reduce((a, b) => a + b, 0) }),
    files: () => Array.from(bytes, ([id, n]) => ({ path: paths.get(id)!, bytes: n })).sort((a, b) => b.bytes - a.bytes),
    async quiet(limitMs = 15_000) {
      const started = performance.now()
      while (pending.size > 0 || performance.now() - lastActivity < 500) {
        if (performance.now() - started > limitMs)
          return
        await new Promise(resolve => setTimeout(resolve, 50))
      }
    },
  }
}

const gzipCache = new Map<string, number>()

/** The loaded files gzipped, as a compressing host would send them (the SPA fallback is index.html). */
function gzipEstimate(paths: string[], dist: string): number {
  return paths.reduce((sum, path) => {
    let file = join(dist, decodeURIComponent(path))
    if (!existsSync(file) || !statSync(file).isFile())
      file = join(dist, 'index.html')
    if (!gzipCache.has(file))
      gzipCache.set(file, gzipSync(readFileSync(file)).length)
    return sum + gzipCache.get(file)!
  }, 0)
}
