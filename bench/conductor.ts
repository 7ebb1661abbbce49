/**
 * Conductor → projector latency, for `npm run bench:votes`: in Chromium on loopback, the presenter view and
 * the projector tab of one browser (as on the laptop); a paired phone (plain HTTP with the conductor's cookie, as
 * the conductor page sends its taps) alternates Next and Back, each carrying the slide and step the deck is on
 * (from the answer to the tap before, as the conductor page does). Taps come eight a second, one after another.
 *
 * Measured from the moment a command is sent to the projector tab showing the move: the first frame it paints
 * after its address changed to the new slide or step (Slidev's router, following the presenter view). A
 * message posted from that frame's requestAnimationFrame runs just after its paint, as in the keyboard walk
 * (bench/nav.ts); nothing polls. Both on this machine's clock. Each command's path is cut into stages
 * (bench/conductorStages.ts), to say where the slow ones spent their time.
 *
 * Before the first tap, both tabs have preloaded every slide (Slidev mounts them all 3 s after a page opens)
 * and gone idle: a lecturer's deck has been open for minutes when the phone is used.
 *
 * Usage: `const figures = await conductorLatency(seminar.banner, 60)`
 */

import type { Page } from 'playwright'
import type { Banner } from '../tools/seminarProcess'
import type { CommandTrace, PresenterMarks, ProjectorMarks } from './conductorStages'
import { chromium } from 'playwright'
import { CHROMIUM_ARGS, findChromium } from '../tools/chromium'
import { commandStages } from './conductorStages'

const PRESENTER_PAGE = /presenter$/
const FIRST_SLIDE = /\/presenter\/1$/

export interface ConductorFigures {
  commands: number
  /** Commands the server dropped or the presenter view did not apply (there should be none), by status. */
  refused: number
  statuses: number[]
  /** Command sent → the projector has painted the new slide or step, ms. */
  toProjector: number[]
  /** Command sent → the first frame after the projector's move begins (before its paint), ms. */
  toFrame: number[]
  /** Command sent → the phone's answer (the presenter view has moved), ms. */
  toAnswer: number[]
  /** Every applied command: where it went, and its stages. */
  traces: CommandTrace[]
}

const now = () => performance.timeOrigin + performance.now()

/**
 * In both tabs, from their first script on: the time each stage of a command's path is reached (the first
 * time after `__conductorProbe.reset()`), and a promise for the projector's painted move. Plain JavaScript in a
 * string, because tsx would add its `__name` helper to a function here, and the page has no such helper.
 */
const PROBE = `(() => {
  const now = () => performance.timeOrigin + performance.now()
  let marks = {}
  let moved = () => {}
  let movedP = Promise.resolve()
  const mark = (name) => { if (!(name in marks)) marks[name] = now() }
  const probe = window.__conductorProbe = {
    reset() {
      marks = {}
      movedP = new Promise((resolve) => { moved = resolve })
    },
    marks: () => marks,
    moved: (ms) => Promise.race([movedP.then(() => marks), new Promise(r => setTimeout(() => r(null), ms))]),
  }
  probe.reset()
  // Slidev's shared state (page, click step) goes between the tabs on a BroadcastChannel named '<title> - shared'.
  const shared = channel => channel.name.endsWith(' - shared')
  const post = BroadcastChannel.prototype.postMessage
  BroadcastChannel.prototype.postMessage = function (data) {
    if (shared(this)) mark('synced')
    return post.call(this, data)
  }
  const listenChannel = BroadcastChannel.prototype.addEventListener
  BroadcastChannel.prototype.addEventListener = function (type, fn, options) {
    const channel = this
    return listenChannel.call(this, type, type === 'message' ? function (e) { if (shared(channel)) mark('told'); return fn.call(this, e) } : fn, options)
  }
  // The deck's event stream: the presenter view hears the phone's command as a 'conduct' event.
  const listenStream = EventSource.prototype.addEventListener
  EventSource.prototype.addEventListener = function (type, fn, options) {
    return listenStream.call(this, type, type === 'conduct' ? function (e) { mark('heard'); return fn.call(this, e) } : fn, options)
  }
  // Slidev's router changes the address with the slide or the click step; the next frame shows it.
  for (const name of ['pushState', 'replaceState']) {
    const original = history[name].bind(history)
    history[name] = (...args) => {
      original(...args)
      if ('routed' in marks) return
      mark('routed')
      requestAnimationFrame(() => {
        mark('frame')
        const channel = new MessageChannel()
        channel.port1.onmessage = () => { mark('painted'); moved() }
        channel.port2.postMessage(null)
      })
    }
  }
})()`

/** Until Slidev has mounted every slide in the page (3 s after it opened), and the page is idle. */
async function preloaded(page: Page, slides: number) {
  await page.waitForFunction(n => document.querySelectorAll('#slideshow > .slidev-page').length >= n, slides, { timeout: 30_000, polling: 250 })
  await page.evaluate(() => new Promise(resolve => requestIdleCallback(resolve, { timeout: 2_000 })))
}

interface Position { no: number, clicks: number, total: number }

export async function conductorLatency(banner: Banner, commands = 60): Promise<ConductorFigures> {
  const audience = new URL(banner.audience).origin
  const presenterBase = banner.presenter.replace(PRESENTER_PAGE, '')
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    await context.addInitScript(PROBE)
    const presenter = await context.newPage()
    await presenter.goto(banner.presenter)
    await presenter.waitForURL(FIRST_SLIDE)
    const projector = await context.newPage()
    await projector.goto(banner.projector)
    // A slide past the Join slide: the projector tab follows the presenter view there (and names it by its alias, if any).
    await presenter.goto(`${presenterBase}presenter/6`)
    await projector.waitForFunction(() => !location.pathname.endsWith('/join'), undefined, { timeout: 15_000 })

    const offer = await (await fetch(`${presenterBase}__seminar/conductor/pair`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json() as { code: string }
    const paired = await fetch(`${audience}/pair`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: offer.code }) })
    const cookie = paired.headers.get('set-cookie')!.split(';')[0]!
    const state = async () => (await (await fetch(`${audience}/conduct/state`, { headers: { cookie } })).json() as { position: Position }).position
    // As a lecturer's deck that has been open a while: every slide preloaded in both tabs, nothing else going on.
    await Promise.all([presenter, projector].map(async p => preloaded(p, (await state()).total)))
    // The first tap, from where the presenter view last said it is (its report of slide 6 may have been on its way before).
    let position = await state()

    const figures: ConductorFigures = { commands, refused: 0, statuses: [], toProjector: [], toFrame: [], toAnswer: [], traces: [] }
    for (let i = 0; i < commands; i++) {
      // Eight taps a second, a quick thumb, inside the per-device limit (conductor.ts RATE).
      await new Promise(r => setTimeout(r, 125))
      await Promise.all([presenter, projector].map(p => p.evaluate(() => window.__conductorProbe!.reset())))
      const action = i % 2 ? 'prev' : 'next'
      const from = `${position.no}:${position.clicks}`
      const sent = now()
      const res = await fetch(`${audience}/conduct/command`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ action, no: position.no, clicks: position.clicks }) })
      figures.toAnswer.push(now() - sent)
      const answer = await res.json() as { state?: { position?: Position } }
      if (!res.ok) {
        figures.refused += 1
        figures.statuses.push(res.status)
      }
      // The next tap is pressed where the answer says the deck is, as on the conductor page.
      position = answer.state?.position ?? await state()
      if (!res.ok)
        continue
      const shown = await projector.evaluate(ms => window.__conductorProbe!.moved(ms), 10_000)
      if (!shown)
        throw new Error(`The projector tab did not follow command ${i} (${action} from ${from}) within 10 s.`)
      const marks = await presenter.evaluate(() => window.__conductorProbe!.marks())
      figures.toProjector.push(shown.painted! - sent)
      figures.toFrame.push(shown.frame! - sent)
      figures.traces.push({
        i,
        action,
        from,
        to: await projector.evaluate(() => location.pathname + location.search),
        frameMs: shown.frame! - sent,
        shownMs: shown.painted! - sent,
        stages: commandStages(sent, marks, shown),
      })
    }
    return figures
  }
  finally {
    await browser.close()
  }
}

declare global {
  interface Window {
    __conductorProbe?: {
      reset: () => void
      marks: () => PresenterMarks & ProjectorMarks
      moved: (ms: number) => Promise<(PresenterMarks & ProjectorMarks) | null>
    }
  }
}
