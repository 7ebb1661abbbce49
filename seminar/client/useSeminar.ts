/**
 * The deck's side of live voting. The same build runs on a static host and in a seminar; it is live only
 * when `npm run seminar`'s presenter server served the page, which marks it (`SEMINAR_MARK`). Then it listens
 * to that server's event stream (same origin, this laptop only) for tallies and the open question, and the
 * presenter view sends its verbs there. Anywhere else it requests nothing.
 *
 * Usage: `const { state, close } = useSeminar()`; `state.tallies[questionId]?.counts`; `if (servedBySeminar()) …`
 */

import type { QuestionTally, Step } from '../protocol'
import { reactive } from 'vue'
import { SEMINAR_MARK } from '../protocol'

export interface SeminarState {
  live: boolean
  audienceUrl: string
  /** A rehearsal (its own record, which the class never sees) or the class. */
  record: 'rehearsal' | 'class'
  tallies: Record<string, QuestionTally>
  /** Every question the presenter has opened in this record, votes or none. */
  asked: string[]
  /** Network addresses whose phones were refused a ballot (their address had its share), and how many. */
  refused: { address: string, devices: number }[]
  /**
   * Today's plan: the questions that open for voting (seminar/plan.ts, or `--questions`); quiz slides of others
   * are skipped. Null until the server first says; kept while the server is out of reach.
   */
  plan: string[] | null
}

const MARK_NAME = /name="([^"]+)"/.exec(SEMINAR_MARK)![1]!

/** Whether the seminar's presenter server served this page (its mark is in the head), so a seminar is live. */
export function servedBySeminar(doc: Pick<Document, 'querySelector'> | undefined = globalThis.document): boolean {
  return !!doc?.querySelector(`meta[name="${MARK_NAME}"]`)
}

const state = reactive<SeminarState>({ live: false, audienceUrl: '', record: 'class', tallies: {}, asked: [], refused: [], plan: null })
let started = false
let lastSeq = 0
/** The presenter view's last report of its slide, sent again whenever the event stream (re)connects. */
let lastReport: (() => Promise<void>) | undefined
/** The deck's event stream, once started. */
let stream: EventSource | undefined

const endpoint = (path: string) => `${import.meta.env.BASE_URL}__seminar/${path}`

function apply(t: QuestionTally & { seq: number }) {
  if (t.seq < lastSeq)
    return
  lastSeq = t.seq
  const { seq: _seq, ...tally } = t
  state.tallies[t.questionId] = tally
}

function start() {
  if (started || !servedBySeminar() || typeof EventSource === 'undefined')
    return
  started = true
  const events = stream = new EventSource(endpoint('events'))
  events.addEventListener('state', (e) => {
    const data = JSON.parse((e as MessageEvent<string>).data) as { audienceUrl: string, record: SeminarState['record'], plan: string[], seq: number, tallies: QuestionTally[], asked: string[], refused: SeminarState['refused'] }
    state.audienceUrl = data.audienceUrl
    state.plan = data.plan
    state.refused = data.refused
    state.record = data.record
    state.tallies = Object.fromEntries(data.tallies.map(t => [t.questionId, t]))
    state.asked = data.asked
    lastSeq = data.seq
    state.live = true
    // A restarted server opens no question until the presenter view says where it is.
    void lastReport?.()
  })
  events.addEventListener('tally', e => apply(JSON.parse((e as MessageEvent<string>).data)))
  events.addEventListener('current', (e) => {
    const { current } = JSON.parse((e as MessageEvent<string>).data) as { current: string | null }
    if (current && !state.asked.includes(current))
      state.asked.push(current)
  })
  events.addEventListener('refused', (e) => {
    state.refused = (JSON.parse((e as MessageEvent<string>).data) as { refused: SeminarState['refused'] }).refused
  })
  events.addEventListener('error', () => {
    if (events.readyState === EventSource.CLOSED)
      state.live = false
  })
}

/** Listens to one more event of the deck's stream (the conductor phone's commands: app/conductorLink.ts); nothing when no seminar is live. */
export function onSeminarEvent(name: string, listener: (data: unknown) => void) {
  start()
  stream?.addEventListener(name, e => listener(JSON.parse((e as MessageEvent<string>).data)))
}

async function post(path: string, body: unknown): Promise<boolean> {
  const res = await fetch(endpoint(path), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  return res.ok
}

/** The presenter view's route: `/presenter/12`, or `/presenter/join` for a slide with a `routeAlias`. */
const PRESENTER_SLIDE_PATH = /^\/presenter\/([^/?#]+)/

/**
 * Tells the seminar server which slide the presenter is on (a votable question, or none), so phones
 * follow; again whenever the server comes back. Only the presenter view reports.
 */
export async function reportPresenterSlide(path: string, deck: { questionAt: (no: number) => string | undefined, slideOfAlias: (alias: string) => number | undefined }) {
  const m = PRESENTER_SLIDE_PATH.exec(path)
  if (!m || !servedBySeminar())
    return
  start()
  const no = Number(m[1]) || deck.slideOfAlias(decodeURIComponent(m[1]!))
  const questionId = (no && deck.questionAt(no)) || null
  lastReport = () => inOrder(() => post('current', { questionId }).catch(() => false))
  await lastReport()
}

/**
 * The presenter's reports, one after another: two → pressed in quick succession would otherwise race, and the
 * slide left behind could reach the server last and close the question on screen. A request that hangs holds the
 * queue for 5 s at most.
 */
let reporting: Promise<unknown> = Promise.resolve()
const REPORT_WAIT_MS = 5000
function inOrder(send: () => Promise<unknown>): Promise<void> {
  const done = reporting.then(() => Promise.race([send(), new Promise(r => setTimeout(r, REPORT_WAIT_MS))]))
  reporting = done
  return done.then(() => undefined)
}

/** Whether the seminar leaves this question out of today's plan: its slide says so, and → skips it unopened. */
export const outOfPlan = (questionId: string) => !!state.plan && !state.plan.includes(questionId)

export function useSeminar() {
  start()
  return {
    state,
    /** Closes voting on a question: phones stop taking votes and show the answer. */
    close: (questionId: string) => post('close', { questionId }),
    /** Moves a question to a step of peer instruction (round 1, the discussion, round 2): phones follow. */
    step: (questionId: string, step: Step) => post('step', { questionId, step }),
    reset: (questionId: string) => post('reset', { questionId }),
    /** Lets in the phones refused a ballot at one network address (a room behind one NAT address), at once. */
    allow: (address: string) => post('allow', { address }),
    /**
     * Writes a new exports/seminar-YYYY-MM-DD_HH-MM-SS.csv on the laptop (never over an earlier one) and the report
     * beside it (.html); resolves to their paths.
     */
    exportResults: async () => {
      const res = await fetch(endpoint('export'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
      return res.ok ? (await res.json() as { file: string, report?: string }) : undefined
    },
  }
}
