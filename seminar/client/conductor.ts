/**
 * The presenter view's side of the conductor phone (seminar/server/conductor.ts): it tells the seminar server
 * where the deck is (slide, click step, titles, notes, Slidev's timer) whenever that changes, and applies the
 * phone's commands with the deck's own navigation, so a tap on the phone is exactly an arrow key on the laptop:
 * click steps, the reveal, and the closing of voting at the reveal (SeminarTally) follow. A command carries the
 * slide and click step it was pressed on; the presenter view applies it only when it is still there, and
 * answers either way, so a repeated or stale command never moves the deck twice. Plain logic: the wiring to
 * Slidev is app/conductorLink.ts.
 *
 * Usage: `const link = createConductorLink({ read, next, prev, setTimer, post })`; `link.report()` on every
 * move; `link.apply(command)` for each `conduct` event.
 */

import type { DeckPosition } from '../protocol'

export type { DeckPosition }

export type ConductCommand = { id: number } & ({ action: 'next' | 'prev', no: number, clicks: number } | { action: 'timer', run: boolean })

const stepNames = new Map<number, string[]>()
const stepNameListeners = new Set<(slideNo: number) => void>()

/**
 * The hook for the names of a slide's click steps, shown on the conductor phone beside "step k of n" (index =
 * Slidev's click count, 0 before the first click). A layout whose click steps have names (the peer-instruction
 * steps of a votable quiz slide: round 1, discuss, round 2, reveal) calls it for its slide; `undefined` forgets them.
 */
export function setClickStepNames(slideNo: number, names: readonly string[] | undefined) {
  const before = stepNames.get(slideNo)?.join('\n')
  if (names)
    stepNames.set(slideNo, [...names])
  else stepNames.delete(slideNo)
  // A slide names its steps once it is mounted, which can be after its position went to the phone: say it again.
  if (stepNames.get(slideNo)?.join('\n') !== before) {
    for (const fn of stepNameListeners) fn(slideNo)
  }
}

/** Calls `fn` whenever a slide's step names change; returns the way to stop. */
export function onClickStepNames(fn: (slideNo: number) => void): () => void {
  stepNameListeners.add(fn)
  return () => stepNameListeners.delete(fn)
}

/** The step names a slide gave (setClickStepNames), or null. */
export const clickStepNames = (slideNo: number) => stepNames.get(slideNo) ?? null

export interface ConductorLinkOptions {
  /** Where the presenter view is now. */
  read: () => DeckPosition
  /**
   * Only the slide and click step the presenter view is on: the check before a command moves the deck, which
   * is on the way to the projector, so it skips what `read` also gathers (titles, notes, step names). Defaults to `read`.
   */
  where?: () => { no: number, clicks: number }
  /** Slidev's own next/prev (click steps first, then slides), as the arrow keys do. */
  next: () => Promise<void>
  prev: () => Promise<void>
  /** Starts (true) or pauses Slidev's presenter timer. */
  setTimer: (run: boolean) => void
  /** Sends a report to the seminar server (`__seminar/conductor/position`). */
  post: (body: { position: DeckPosition, at: number, done?: number, applied?: boolean }) => Promise<unknown>
  /** When a report is made, in ms on the laptop's clock: the server keeps the latest, whichever tab or page load sent it. */
  clock?: () => number
  /** Waits until a move has settled (the route and the slide's reactions to its new step). */
  settle?: () => Promise<void>
}

export function createConductorLink({ read, where = read, next, prev, setTimer, post, settle = () => new Promise(r => setTimeout(r, 0)), clock = () => performance.timeOrigin + performance.now() }: ConductorLinkOptions) {
  let last = ''
  /**
   * Reports and commands go out one after another, in order: two reports in flight at once could reach the
   * server the other way round (separate connections) and leave it with where the deck was.
   */
  let queue: Promise<void> = Promise.resolve()
  const inTurn = (job: () => Promise<void>) => queue = queue.then(job).catch(() => {})

  async function send(done?: number, applied?: boolean) {
    const position = read()
    last = JSON.stringify(position)
    const at = clock()
    await post(done === undefined ? { position, at } : { position, at, done, applied })
  }

  return {
    /** Reports where the deck is, unless that was the last report. */
    report: () => inTurn(async () => {
      if (JSON.stringify(read()) !== last)
        await send()
    }),
    /** Reports again even if nothing changed (the server restarted, or the event stream came back). */
    reportAgain: () => inTurn(() => send()),
    /** Applies a phone's command if the deck is still where it was pressed, and answers with the deck's position. */
    apply: (c: ConductCommand) => inTurn(async () => {
      let applied = false
      if (c.action === 'timer') {
        setTimer(c.run)
        applied = true
      }
      else {
        const now = where()
        if (now.no === c.no && now.clicks === c.clicks) {
          await (c.action === 'next' ? next() : prev())
          applied = true
        }
      }
      await settle()
      await send(c.id, applied)
    }),
  }
}

/** Slidev's timer state after starting or pausing it, as its own presenter timer does (useTimer). */
export function timerAfter(t: DeckPosition['timer'], run: boolean, now = Date.now()): DeckPosition['timer'] {
  if (run && t.status === 'stopped')
    return { ...t, status: 'running', startedAt: now }
  if (run && t.status === 'paused')
    return { ...t, status: 'running', startedAt: now - (t.pausedAt - t.startedAt) }
  if (!run && t.status === 'running')
    return { ...t, status: 'paused', pausedAt: now }
  return t
}

/**
 * A slide's rendered notes (Slidev's `noteHTML`) as plain text for the phone, one paragraph per block and one
 * "• " line per list item; parsed in an inert template, so nothing in it loads or runs.
 */
export function notesText(html: string, doc: Pick<Document, 'createElement'> = document): string {
  const template = doc.createElement('template')
  template.innerHTML = html
  const blocks: string[] = []
  for (const node of Array.from(template.content.childNodes)) {
    const el = node as Element
    if (el.tagName === 'UL' || el.tagName === 'OL')
      blocks.push(Array.from(el.children, li => `• ${li.textContent?.trim() ?? ''}`).join('\n'))
    else if (node.textContent?.trim())
      blocks.push(node.textContent.trim())
  }
  return blocks.join('\n\n')
}
