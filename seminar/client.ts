/**
 * The deck's side of live voting: whether a seminar server is running, the tallies it pushes, and the
 * presenter's verbs to reveal and reset. (Phones vote from the server's own page, seminar/vote.html.)
 * In a static build (no dev server) `live` stays false and nothing is sent.
 *
 * Usage: `const { state, reveal } = useSeminar()`; `state.tallies[questionId]?.counts`
 */
import { reactive } from 'vue'
import { type QuestionTally, TALLY_EVENT } from './tally'

export interface SeminarState {
  live: boolean
  audienceUrl: string
  tallies: Record<string, QuestionTally>
}

const state = reactive<SeminarState>({ live: false, audienceUrl: '', tallies: {} })
let started: Promise<void> | undefined
let lastSeq = 0

const endpoint = (path: string) => `${import.meta.env.BASE_URL}__seminar/${path}`

function apply(t: QuestionTally & { seq?: number }) {
  if (t.seq !== undefined) {
    if (t.seq < lastSeq) return
    lastSeq = t.seq
  }
  state.tallies[t.questionId] = { questionId: t.questionId, counts: t.counts, voters: t.voters, revealed: t.revealed }
}

function start(): Promise<void> {
  started ??= connect()
  return started
}

async function connect() {
  if (!import.meta.hot) return
  import.meta.hot.on(TALLY_EVENT, apply)
  try {
    const res = await fetch(endpoint('state'), { cache: 'no-store' })
    if (!res.ok) return
    const data = await res.json() as { live: boolean, audienceUrl: string, tallies: QuestionTally[] }
    state.audienceUrl = data.audienceUrl
    for (const t of data.tallies) apply(t)
    state.live = data.live === true
  }
  catch {
    state.live = false
  }
}

async function post(path: string, body: unknown, password?: string): Promise<boolean> {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (password) headers['x-seminar-password'] = password
  const res = await fetch(endpoint(path), { method: 'POST', headers, body: JSON.stringify(body) })
  return res.ok
}

/** The presenter password, as Slidev keeps it in the presenter view's address. */
export const presenterPassword = () => new URLSearchParams(globalThis.location?.search ?? '').get('password') ?? undefined

/**
 * Tells the seminar server which slide the presenter is on (a live quiz question, or none), so phones
 * follow. Only the presenter view reports; without a seminar server nothing is sent.
 */
export async function reportPresenterSlide(path: string, questionAt: (no: number) => string | undefined) {
  const m = /^\/presenter\/(\d+)/.exec(path)
  if (!m) return
  await start()
  if (state.live) await post('current', { questionId: questionAt(Number(m[1])) ?? null }, presenterPassword())
}

export function useSeminar() {
  void start()
  return {
    state,
    reveal: (questionId: string) => post('reveal', { questionId }, presenterPassword()),
    reset: (questionId: string) => post('reset', { questionId }, presenterPassword()),
  }
}
