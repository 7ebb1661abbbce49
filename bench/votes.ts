/**
 * Load test for live voting (`npm run bench:votes`): starts `npm run seminar`'s script on loopback (with
 * `--questions all`, so the two questions it opens need not be in today's plan, seminar/plan.ts),
 * gives 500 simulated phones a voter id each (the page's cookie), sends their votes within 3 s (a quarter
 * change their minds once), listens as the presenter's deck does (its event stream), and checks that no
 * vote was lost. The presenter's phone as a conductor then taps Next and Back (bench/conductor.ts): how long until the
 * projector tab shows the move. Then a second wave is cut short by kill -9, the seminar restarts from its journal, and
 * every acknowledged vote must be back. Loopback only, bounded in count and time; it stops by itself.
 *
 * Usage: `npm run bench:votes` (VOTERS=500, ARRIVAL_MS=3000, CONDUCTOR_COMMANDS=100, PORT=5140: presenter on PORT, audience on PORT+1)
 */

import type { Buffer } from 'node:buffer'
import type { Confidence, QuestionTally } from '../seminar/protocol'
import type { RunningSeminar } from '../tools/seminarProcess'
import { mkdtempSync } from 'node:fs'
import { Agent, get, request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { allQuestions } from '../quiz/bank'
import { CONFIDENCES } from '../seminar/protocol'
import { runSeminar } from '../tools/seminarProcess'
import { conductorLatency } from './conductor'
import { slowest, STAGE_NAMES, stageSummary } from './conductorStages'

const VOTERS = Math.min(Number(process.env.VOTERS ?? 500), 2000)
/** Votes arrive spread over this window, as a room answers a question; 0 sends them all in the same instant. */
const ARRIVAL_MS = Number(process.env.ARRIVAL_MS ?? 3000)
/** Taps of the conductor phone, alternately Next and Back, each waited for on the projector tab. */
const CONDUCTOR_COMMANDS = Math.min(Number(process.env.CONDUCTOR_COMMANDS ?? 100), 1000)
const PORT = Number(process.env.PORT ?? 5140)
const presenter = `http://127.0.0.1:${PORT}`
const audience = `http://127.0.0.1:${PORT + 1}`
const dir = mkdtempSync(join(tmpdir(), 'rj-votes-'))
const env = { PORT: String(PORT), SEMINAR_BIND: '127.0.0.1', SEMINAR_HOST: '127.0.0.1', SEMINAR_DIR: dir, SEMINAR_EXPORTS_DIR: join(dir, 'exports'), SEMINAR_VOTERS_PER_ADDRESS: String(VOTERS) }
const votable = allQuestions.filter(q => q.type === 'single')
const [first, second] = [votable[0]!, votable[1]!]

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!
const verb = (name: string, body: unknown) => fetch(`${presenter}/__seminar/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
const tallyOf = async (id: string) => ((await (await fetch(`${presenter}/__seminar/state`)).json()) as { tallies: QuestionTally[] }).tallies.find(t => t.questionId === id)
const cookieOf = async () => (await fetch(`${audience}/vote`)).headers.get('set-cookie')!.split(';')[0]!
// Plain http with kept-alive connections, one per phone, as phones would hold them: lighter than fetch.
const agent = new Agent({ keepAlive: true, maxSockets: 4 * VOTERS })
function vote(cookie: string, questionId: string, optionId: string, extra: { confidence?: Confidence, round?: 1 | 2 } = {}): Promise<{ ok: boolean, body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${audience}/vote`, { method: 'POST', agent, headers: { 'content-type': 'application/json', cookie } }, (res) => {
      let body = ''
      res.on('data', (c: Buffer) => {
        body += c
      })
      res.on('end', () => resolve({ ok: res.statusCode === 200, body }))
    })
    req.on('error', reject)
    req.end(JSON.stringify({ questionId, optionIds: [optionId], ...extra }))
  })
}
const sleep = (ms: number) => new Promise(r => setTimeout(r, ms))

/** The deck's event stream, as the presenter view reads it: when each tally (by sequence number) arrived. */
function listen(onTally: (t: QuestionTally & { seq: number }) => void): Promise<() => void> {
  return new Promise((resolve, reject) => {
    const req = get(`${presenter}/__seminar/events`, (res) => {
      let buffer = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => {
        buffer += chunk
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          if (block.startsWith('event: tally\n'))
            onTally(JSON.parse(block.slice(block.indexOf('data: ') + 6)))
        }
      })
      resolve(() => req.destroy())
    })
    req.on('error', reject)
  })
}

/** What a phone's event stream says of the open question (seminar/server/audience.ts phoneQuestion). */
interface PhoneView { id: string, step?: string, round?: number, closed?: boolean }
/** Streams held open as the phones' pages hold them, on sockets of their own. */
const streamAgent = new Agent({ keepAlive: false, maxSockets: 2 * VOTERS })
/**
 * One phone's event stream (/vote/events, with its cookie), as the vote page holds it: `next(pred)` resolves
 * with the time the first `current` event that `pred` accepts arrived, or rejects after 10 s.
 */
function phoneStream(cookie: string): Promise<{ next: (pred: (v: PhoneView) => boolean) => Promise<number>, close: () => void }> {
  const waiting = new Set<{ pred: (v: PhoneView) => boolean, done: (t: number) => void }>()
  return new Promise((resolve, reject) => {
    const req = get(`${audience}/vote/events`, { agent: streamAgent, headers: { cookie } }, (res) => {
      let buffer = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => {
        const at = performance.now()
        buffer += chunk
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          if (!block.startsWith('event: current\n'))
            continue
          const view = JSON.parse(block.slice(block.indexOf('data: ') + 6)) as PhoneView | null
          for (const w of [...waiting]) {
            if (view && w.pred(view)) {
              waiting.delete(w)
              w.done(at)
            }
          }
        }
      })
      resolve({
        next: pred => new Promise((done, fail) => {
          let timer: ReturnType<typeof setTimeout> | undefined
          const w = { pred, done: (t: number) => {
            clearTimeout(timer)
            done(t)
          } }
          timer = setTimeout(() => {
            waiting.delete(w)
            fail(new Error('no event within 10 s'))
          }, 10_000)
          waiting.add(w)
        }),
        close: () => req.destroy(),
      })
    })
    req.on('error', reject)
  })
}

/** Sends a presenter's step and times its arrival on every phone: milliseconds each, Infinity for a phone it missed. */
async function fanOut(phones: Awaited<ReturnType<typeof phoneStream>>[], send: () => Promise<Response>, arrived: (v: PhoneView) => boolean) {
  const waits = phones.map(p => p.next(arrived))
  const at = performance.now()
  const res = await send()
  if (!res.ok)
    throw new Error(`the step was refused: ${res.status} ${await res.text()}`)
  return Promise.all(waits.map(w => w.then(t => t - at, () => Number.POSITIVE_INFINITY)))
}

let seminar: RunningSeminar | undefined
const deadline = setTimeout(() => {
  console.error('Load test took over 5 minutes; stopping.')
  void seminar?.crash()
  process.exit(1)
}, 300_000)
try {
  seminar = await runSeminar(env, ['--class', '--questions', 'all'])
  await verb('current', { questionId: first.id })
  const cookies = await Promise.all(Array.from({ length: VOTERS }, cookieOf))

  const arrived = new Map<number, number>()
  let latest: QuestionTally | undefined
  const stopListening = await listen((t) => {
    arrived.set(t.seq, performance.now())
    if (t.questionId === first.id)
      latest = t
  })

  const options = first.options.map(o => o.id)
  const finalChoice = new Map<number, string>()
  const sent: { at: number, seq: number }[] = []
  const acks: number[] = []
  let refused = 0
  const once = async (i: number, optionId: string) => {
    const at = performance.now()
    // Three phones in four say how sure they are, as the page offers; the fourth leaves it out.
    const res = await vote(cookies[i]!, first.id, optionId, i % 4 === 3 ? {} : { confidence: CONFIDENCES[i % 3]! })
    if (!res.ok)
      return void (refused += 1)
    acks.push(performance.now() - at)
    sent.push({ at, seq: (JSON.parse(res.body) as { seq: number }).seq })
    finalChoice.set(i, optionId)
  }
  const started = performance.now()
  await Promise.all(cookies.map(async (_, i) => {
    await sleep((i / VOTERS) * ARRIVAL_MS)
    await once(i, options[i % options.length]!)
    if (i % 4 === 0)
      await once(i, options[(i + 1) % options.length]!)
  }))
  const elapsed = performance.now() - started
  const lastSeq = Math.max(...sent.map(s => s.seq))
  const until = Date.now() + 10_000
  while (![...arrived.keys()].some(seq => seq >= lastSeq) && Date.now() < until) await new Promise(r => setTimeout(r, 20))
  const seqs = [...arrived.keys()].sort((a, b) => a - b)
  // A vote has reached the presenter when a tally with its sequence number (or a later one) has arrived.
  const latencies = sent.map((s) => {
    const seq = seqs.find(x => x >= s.seq)
    return seq === undefined ? Number.POSITIVE_INFINITY : arrived.get(seq)! - s.at
  })
  stopListening()
  const expected = Object.fromEntries(options.map(id => [id, [...finalChoice.values()].filter(x => x === id).length]))
  const lost = VOTERS - (latest?.voters ?? 0)

  // Peer instruction at full size: every phone holds its event stream open, as the vote page does. The presenter
  // moves the question to the discussion, then round 2 (a quarter of the room changes its answer), then the reveal;
  // each step's fan-out is timed from the presenter's request to its arrival on each of the phones.
  const streams = await Promise.all(cookies.map(phoneStream))
  const toDiscuss = await fanOut(streams, () => verb('step', { questionId: first.id, step: 'discuss' }), v => v.id === first.id && v.step === 'discuss')
  const toRound2 = await fanOut(streams, () => verb('step', { questionId: first.id, step: 'round2' }), v => v.id === first.id && v.step === 'round2')
  const round2Choice = new Map(finalChoice)
  let refused2 = 0
  await Promise.all(cookies.map(async (cookie, i) => {
    if (i % 4 !== 1)
      return
    await sleep((i / VOTERS) * ARRIVAL_MS)
    const optionId = options[(options.indexOf(finalChoice.get(i)!) + 1) % options.length]!
    const res = await vote(cookie, first.id, optionId, { confidence: 'sure', round: 2 })
    if (res.ok)
      round2Choice.set(i, optionId)
    else refused2 += 1
  }))
  const toReveal = await fanOut(streams, () => verb('close', { questionId: first.id }), v => v.id === first.id && v.closed === true)
  for (const p of streams) p.close()
  const afterRounds = await tallyOf(first.id)
  const expected2 = Object.fromEntries(options.map(id => [id, [...round2Choice.values()].filter(x => x === id).length]))
  const roundsRight = JSON.stringify(afterRounds?.rounds?.[0]?.counts) === JSON.stringify(expected) && JSON.stringify(afterRounds?.rounds?.[1]?.counts) === JSON.stringify(expected2)
  const fanOuts = [['discussion', toDiscuss], ['round 2 opening', toRound2], ['reveal', toReveal]] as const
  const dropped = fanOuts.reduce((n, [, times]) => n + times.filter(t => !Number.isFinite(t)).length, 0)

  // The presenter's phone as a conductor: Next and Back through the presenter view to the projector tab.
  const conducted = await conductorLatency(seminar.banner, CONDUCTOR_COMMANDS)

  // Second wave on the next question, cut short by kill -9 once half the votes are acknowledged.
  await verb('current', { questionId: second.id })
  let acked = 0
  const ackedCounts: Record<string, number> = {}
  const crashed = seminar.crash
  const wave = cookies.map(async (cookie, i) => {
    await sleep((i / VOTERS) * ARRIVAL_MS)
    const optionId = second.options[i % second.options.length]!.id
    const res = await vote(cookie, second.id, optionId).catch(() => undefined)
    if (res?.ok) {
      acked += 1
      ackedCounts[optionId] = (ackedCounts[optionId] ?? 0) + 1
      if (acked === Math.floor(VOTERS / 2))
        void crashed()
    }
  })
  await Promise.all(wave)
  await crashed()
  seminar = await runSeminar(env, ['--class', '--questions', 'all'])
  const recovered = await tallyOf(second.id)
  const recoveredFirst = await tallyOf(first.id)
  const keptAll = Object.entries(ackedCounts).every(([id, n]) => (recovered?.counts[id] ?? 0) >= n)

  const rows = [
    ['Voters', String(VOTERS)],
    ['Votes arrive over', `${ARRIVAL_MS} ms`],
    ['Votes sent (incl. changes)', String(sent.length + refused)],
    ['Votes refused', String(refused)],
    ['Expected tally', JSON.stringify(expected)],
    ['Presenter\'s tally (event stream)', JSON.stringify(latest?.counts)],
    ['Votes lost', String(lost)],
    ['Tally events received', `${arrived.size} for ${sent.length} votes`],
    ['Vote → presenter tally, p50', `${percentile(latencies, 50).toFixed(1)} ms`],
    ['Vote → presenter tally, p99', `${percentile(latencies, 99).toFixed(1)} ms`],
    ['Vote → phone\'s acknowledgement (on disk), p50', `${percentile(acks, 50).toFixed(1)} ms`],
    ['Vote → phone\'s acknowledgement (on disk), p99', `${percentile(acks, 99).toFixed(1)} ms`],
    ['All votes sent in', `${elapsed.toFixed(0)} ms`],
    ['Votes carrying a confidence', `${Math.ceil((VOTERS * 3) / 4)} of ${VOTERS} phones (three in four)`],
    ...fanOuts.flatMap(([what, times]) => [
      [`Step → all ${VOTERS} phones' event streams: ${what}, p50`, `${percentile(times, 50).toFixed(1)} ms`],
      [`Step → all ${VOTERS} phones' event streams: ${what}, p99 / last`, `${percentile(times, 99).toFixed(1)} ms / ${Math.max(...times).toFixed(1)} ms (target p99 ≤ 100 ms)`],
    ]),
    ['Phones that missed a step (10 s)', String(dropped)],
    ['Round 2: answers changed (refused)', `${[...round2Choice].filter(([i, id]) => finalChoice.get(i) !== id).length} (${refused2})`],
    ['Rounds 1 and 2 as expected after the reveal', `${roundsRight ? 'yes' : 'NO'}: round 1 ${JSON.stringify(afterRounds?.rounds?.[0]?.counts)}, round 2 ${JSON.stringify(afterRounds?.rounds?.[1]?.counts)}`],
    ['Conductor commands (Next, Back, 8 a second) applied', `${conducted.toProjector.length} of ${conducted.commands} (${conducted.refused} refused${conducted.refused ? `: ${conducted.statuses.join(', ')}` : ''})`],
    ['Conductor → projector tab painted the move, p50', `${percentile(conducted.toProjector, 50).toFixed(1)} ms`],
    ['Conductor → projector tab painted the move, p99', `${percentile(conducted.toProjector, 99).toFixed(1)} ms (target ≤ 100 ms)`],
    ['Conductor → projector tab\'s first frame after the move (before its paint), p50 / p99', `${percentile(conducted.toFrame, 50).toFixed(1)} ms / ${percentile(conducted.toFrame, 99).toFixed(1)} ms`],
    ...stageSummary(conducted.traces).map(({ stage, median, max }) => [`Conductor stage: ${STAGE_NAMES[stage]}, median / max`, `${median.toFixed(1)} ms / ${max.toFixed(1)} ms`]),
    ['Conductor → phone\'s answer (presenter view moved), p99', `${percentile(conducted.toAnswer, 99).toFixed(1)} ms`],
    ['kill -9: votes acknowledged before the kill', String(acked)],
    ['kill -9: votes recovered after restart', `${recovered?.voters ?? 0} (first question: ${recoveredFirst?.voters ?? 0} of ${VOTERS})`],
  ]
  console.log(`\nThe conductor's slowest commands (their stages: bench/conductorStages.ts):\n${slowest(conducted.traces, 5).map(l => `- ${l}`).join('\n')}`)
  console.log(`\n| Live voting, ${VOTERS} concurrent voters | Result |\n| --- | --- |\n${rows.map(r => `| ${r[0]} | ${r[1]} |`).join('\n')}`)
  const ok = lost === 0 && refused === 0 && refused2 === 0 && dropped === 0 && roundsRight && JSON.stringify(latest?.counts) === JSON.stringify(expected) && keptAll && recoveredFirst?.voters === VOTERS
  console.log(ok ? '\nNo vote or step was lost, before or after kill -9.' : '\nVOTES OR STEPS WERE LOST: see the table.')
  if (conducted.refused)
    console.log('THE CONDUCTOR\'S TAPS WERE REFUSED: see the table.')
  process.exitCode = ok && !conducted.refused ? 0 : 1
}
finally {
  clearTimeout(deadline)
  await seminar?.stop()
}
