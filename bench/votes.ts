/**
 * Load test for live voting (`npm run bench:votes`): starts the seminar server on 127.0.0.1, sends 200
 * simulated voters' votes concurrently (a quarter of them change their vote once), listens as the
 * presenter does (Vite's websocket), and checks that no vote was lost. Loopback only, bounded in count
 * and time; it stops by itself. Prints p50 and p99 from a vote being sent to the presenter's tally.
 *
 * Usage: `npm run bench:votes` (VOTERS=200)
 */
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import WebSocket from 'ws'
import { quizBank } from '../quiz'
import { type QuestionTally, TALLY_EVENT } from '../seminar/tally'

const PORT = 4340
const PASSWORD = 'bench-votes-pw'
const VOTERS = Math.min(Number(process.env.VOTERS ?? 200), 1000)
const origin = `http://127.0.0.1:${PORT}`
const question = quizBank.flatMap(s => s.questions).find(q => q.type === 'single')!
const optionIds = question.options.map(o => o.id)

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!

async function waitFor(url: string, ms: number) {
  const until = Date.now() + ms
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return
    }
    catch {}
    await new Promise(r => setTimeout(r, 500))
  }
  throw new Error(`${url} did not answer within ${ms} ms`)
}

const server = spawn('npx', ['tsx', 'scripts/seminar.ts'], {
  env: { ...process.env, SEMINAR_PASSWORD: PASSWORD, PORT: String(PORT), SEMINAR_HOST: '127.0.0.1', SEMINAR_BIND: '127.0.0.1', SEMINAR_TALLY_FILE: join(mkdtempSync(join(tmpdir(), 'rj-votes-')), 'tallies.json') },
  stdio: 'ignore',
  detached: true,
})
const stop = () => { try { process.kill(-server.pid!, 'SIGTERM') } catch {} }
const deadline = setTimeout(() => { console.error('Load test took over 3 minutes; stopping.'); stop(); process.exit(1) }, 180_000)

try {
  await waitFor(`${origin}/__seminar/state`, 120_000)
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${origin}/__seminar/${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
  await post('reset', { questionId: question.id }, { 'x-seminar-password': PASSWORD })

  // The presenter's view of the tallies, as pushed over Vite's websocket.
  const received = new Map<number, number>()
  let latest: QuestionTally | undefined
  const ws = new WebSocket(`ws://127.0.0.1:${PORT}/`, 'vite-hmr')
  await new Promise<void>((resolve, reject) => { ws.once('open', () => resolve()); ws.once('error', reject) })
  ws.on('message', (raw) => {
    const msg = JSON.parse(String(raw)) as { type: string, event?: string, data?: QuestionTally & { seq: number } }
    if (msg.type === 'custom' && msg.event === TALLY_EVENT && msg.data?.questionId === question.id) {
      received.set(msg.data.seq, performance.now())
      if (!latest || msg.data.seq > (latest as { seq?: number }).seq!) latest = msg.data
    }
  })

  const finalChoice = new Map<string, string>()
  const sent: { at: number, seq: number }[] = []
  let failed = 0
  const voteOnce = async (voterId: string, optionId: string) => {
    const at = performance.now()
    const res = await post('vote', { questionId: question.id, optionId, voterId })
    if (!res.ok) { failed += 1; return }
    const { seq } = await res.json() as { seq: number }
    sent.push({ at, seq })
    finalChoice.set(voterId, optionId)
  }
  const started = performance.now()
  await Promise.all(Array.from({ length: VOTERS }, async (_, i) => {
    const voterId = `bench-voter-${String(i).padStart(4, '0')}`
    await voteOnce(voterId, optionIds[i % optionIds.length]!)
    if (i % 4 === 0) await voteOnce(voterId, optionIds[(i + 1) % optionIds.length]!)
  }))
  const elapsed = performance.now() - started
  const lastSeq = Math.max(...sent.map(s => s.seq))
  const until = Date.now() + 10_000
  while (!received.has(lastSeq) && Date.now() < until) await new Promise(r => setTimeout(r, 50))
  ws.close()

  const expected = Object.fromEntries(optionIds.map(id => [id, [...finalChoice.values()].filter(x => x === id).length]))
  const state = await (await fetch(`${origin}/__seminar/state`)).json() as { tallies: QuestionTally[] }
  const serverTally = state.tallies.find(t => t.questionId === question.id)
  const latencies = sent.filter(s => received.has(s.seq)).map(s => received.get(s.seq)! - s.at)
  const lost = VOTERS - (latest?.voters ?? 0)
  const rows = [
    ['Voters', String(VOTERS)],
    ['Votes sent (incl. changes)', String(sent.length + failed)],
    ['Votes refused', String(failed)],
    ['Expected tally', JSON.stringify(expected)],
    ['Presenter\'s tally (websocket)', JSON.stringify(latest?.counts)],
    ['Server tally', JSON.stringify(serverTally?.counts)],
    ['Votes lost', String(lost)],
    ['Tally pushes received', `${latencies.length} of ${sent.length}`],
    ['Vote → presenter tally, p50', `${percentile(latencies, 50).toFixed(1)} ms`],
    ['Vote → presenter tally, p99', `${percentile(latencies, 99).toFixed(1)} ms`],
    ['All votes sent in', `${elapsed.toFixed(0)} ms`],
  ]
  console.log(`\n| Live voting, ${VOTERS} concurrent voters | Result |\n| --- | --- |\n${rows.map(r => `| ${r[0]} | ${r[1]} |`).join('\n')}`)
  const ok = lost === 0 && failed === 0 && JSON.stringify(latest?.counts) === JSON.stringify(expected)
  console.log(ok ? '\nNo vote was lost.' : '\nVOTES WERE LOST: see the table.')
  process.exitCode = ok ? 0 : 1
}
finally {
  clearTimeout(deadline)
  stop()
}
