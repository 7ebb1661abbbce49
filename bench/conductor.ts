/**
 * Conductor → projector latency, for `npm run bench:votes`: in Chromium on loopback, the presenter view and
 * the projector tab of one browser (as on the laptop); a paired phone (plain HTTP with the conductor's cookie, as
 * the conductor page sends its taps) alternates Next and Back, each carrying the slide and step the deck is on.
 * Measured from the moment a command is sent to the first frame the projector tab draws after its address
 * changed to the new slide (Slidev's router, following the presenter view), both on this machine's clock.
 * Taps come eight a second, one after another.
 *
 * Usage: `const figures = await conductorLatency(seminar.banner, 60)`
 */

import type { Banner } from '../tools/seminarProcess'
import { chromium } from 'playwright'
import { CHROMIUM_ARGS, findChromium } from '../tools/chromium'

declare global {
  interface Window { __moves?: number[] }
}

const PRESENTER_PAGE = /presenter$/
const FIRST_SLIDE = /\/presenter\/1$/

export interface ConductorFigures {
  commands: number
  /** Commands the server dropped or the presenter view did not apply (there should be none), by status. */
  refused: number
  statuses: number[]
  /** Command sent → the projector's next frame on the new slide, ms. */
  toProjector: number[]
  /** Command sent → the phone's answer (the presenter view has moved), ms. */
  toAnswer: number[]
}

const now = () => performance.timeOrigin + performance.now()

export async function conductorLatency(banner: Banner, commands = 60): Promise<ConductorFigures> {
  const audience = new URL(banner.audience).origin
  const presenterBase = banner.presenter.replace(PRESENTER_PAGE, '')
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    const presenter = await context.newPage()
    await presenter.goto(banner.presenter)
    await presenter.waitForURL(FIRST_SLIDE)
    const projector = await context.newPage()
    // Every change of the projector's address, timed at the next frame it draws.
    await projector.addInitScript(() => {
      const moves: number[] = window.__moves = []
      for (const name of ['pushState', 'replaceState'] as const) {
        const original = history[name].bind(history)
        history[name] = (...args: Parameters<History['pushState']>) => {
          original(...args)
          requestAnimationFrame(() => moves.push(performance.timeOrigin + performance.now()))
        }
      }
    })
    await projector.goto(banner.projector)
    // A slide past the Join slide: the projector tab follows the presenter view there (and names it by its alias, if any).
    await presenter.goto(`${presenterBase}presenter/6`)
    await projector.waitForFunction(() => !location.pathname.endsWith('/join'), undefined, { timeout: 15_000 })

    const offer = await (await fetch(`${presenterBase}__seminar/conductor/pair`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json() as { code: string }
    const paired = await fetch(`${audience}/pair`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: offer.code }) })
    const cookie = paired.headers.get('set-cookie')!.split(';')[0]!
    const state = async () => (await (await fetch(`${audience}/conduct/state`, { headers: { cookie } })).json()) as { position: { no: number, clicks: number } }

    const figures: ConductorFigures = { commands, refused: 0, statuses: [], toProjector: [], toAnswer: [] }
    for (let i = 0; i < commands; i++) {
      // Eight taps a second, a quick thumb, inside the per-device limit (conductor.ts RATE).
      await new Promise(r => setTimeout(r, 125))
      const { position } = await state()
      const seen = await projector.evaluate(() => window.__moves!.length)
      const sent = now()
      const res = await fetch(`${audience}/conduct/command`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ action: i % 2 ? 'prev' : 'next', no: position.no, clicks: position.clicks }) })
      figures.toAnswer.push(now() - sent)
      if (!res.ok) {
        figures.refused += 1
        figures.statuses.push(res.status)
        continue
      }
      await projector.waitForFunction(n => window.__moves!.length > n, seen, { timeout: 10_000 })
      figures.toProjector.push(await projector.evaluate(n => window.__moves![n]!, seen) - sent)
    }
    return figures
  }
  finally {
    await browser.close()
  }
}
