// A seminar in a room, not a lab. The audience side listens on 127.0.0.2 and is reached by a host name
// (room.test, mapped by Chromium's resolver), over plain http: like a phone on the room's Wi-Fi, the page
// is not a secure context. The presenter opens the address the banner prints, on the laptop. The seminar
// serves the run's one build of the deck (built.ts), under the base it was built for. Loopback only.

import type { Browser, Page } from '@playwright/test'
import type { RunningSeminar } from '../../tools/seminarProcess'
import { appendFileSync, existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, expect, test } from '@playwright/test'
import { allQuestions } from '../../quiz/bank'
import { SEMINAR_MARK } from '../../seminar/protocol'
import { CHROMIUM_ARGS, findChromium } from '../../tools/chromium'
import { ROOM, SEMINAR_PORT } from '../../tools/seminarProcess'
import { deckIndex } from '../fixtures/deck'
import { DECK } from './built'
import { openQuestion, presenterSide, roomSeminar, seminarState } from './room'

test.describe.configure({ mode: 'serial' })

const questions = allQuestions
const q = questions.find(x => x.type === 'single')!
const right = q.options.find(o => o.id === q.correct)!
const wrong = q.options.find(o => o.id !== q.correct)!

let phones: Browser
const running: RunningSeminar[] = []

/** A seminar on the room's stand-in address (room.ts), stopped after the last test. */
async function seminar(n: number, env: Record<string, string> = {}, dir?: string) {
  const s = await roomSeminar(n, env, dir)
  running.push(s)
  return s
}

async function phone(audience: string): Promise<Page> {
  const context = await phones.newContext({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true })
  const page = await context.newPage()
  await page.goto(audience)
  return page
}

const state = seminarState
const votersOn = async (s: RunningSeminar, id: string) => (await state(s)).tallies.find(t => t.questionId === id)?.voters ?? 0
/** The seminar the first test started (or a fresh one when that test was filtered out). */
const firstSeminar = async () => running[0] ?? seminar(0)
const open = openQuestion

test.beforeAll(async () => {
  phones = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP room.test ${ROOM}`] })
})
test.afterAll(async () => {
  await Promise.all(running.map(s => s.stop()))
  await phones.close()
})

test('the presenter opens the deck on the laptop, phones on plain http vote and change their minds, the histogram follows, and closing reaches the phones', async ({ page, context }) => {
  test.setTimeout(360_000)
  const s = await seminar(0)
  expect(s.banner.audience).toBe(`http://room.test:${SEMINAR_PORT + 1}/vote`)
  expect(s.banner.presenter).toBe(`http://127.0.0.1:${SEMINAR_PORT}${DECK.base}presenter`)
  const no = (await deckIndex()).slideOfQuestion(q.id)!

  // No password: the presenter's server answers this laptop only.
  const prompts: string[] = []
  page.on('dialog', (d) => {
    prompts.push(d.message())
    void d.dismiss()
  })
  await page.goto(s.banner.presenter)
  await expect(page).toHaveURL(/\/presenter\/1$/)
  await expect(page.locator('.slidev-note').first()).toBeVisible()
  expect(prompts).toEqual([])
  const projector = await context.newPage()
  await projector.goto(s.banner.projector)
  await page.goto(presenterSide(s, `presenter/${no}`).href)
  await expect(page.locator('.slidev-page:visible .seminar-tally').first()).toContainText('Live votes: 0 voters')
  // The projector tab of the same browser follows the presenter (Slidev's BroadcastChannel in a static build).
  await expect(projector).toHaveURL(new RegExp(`/${no}(\\?clicks=0)?$`))

  const [a, b] = [await phone(s.banner.audience), await phone(s.banner.audience)]
  expect(await a.evaluate(() => [window.isSecureContext, typeof crypto.randomUUID])).toEqual([false, 'undefined'])
  for (const p of [a, b]) await expect(p.getByRole('group', { name: q.prompt })).toBeVisible()
  // Options in the bank's order, with the same letters.
  await expect(a.locator('label')).toHaveText(q.options.map((o, i) => `${String.fromCharCode(65 + i)}${o.text}`))

  await a.getByRole('radio', { name: wrong.text }).check()
  await b.getByRole('radio', { name: wrong.text }).check()
  await expect(a.getByText('Vote sent.')).toBeVisible()
  await expect(b.getByText('Vote sent.')).toBeVisible()
  await a.getByRole('radio', { name: right.text }).check()

  for (const view of [page, projector]) {
    const tally = view.locator('.slidev-page:visible .seminar-tally').first()
    await expect(tally).toContainText('Live votes: 2 voters')
    await expect(tally.locator('li').nth(q.options.indexOf(right)).locator('.seminar-count')).toHaveText('1')
    await expect(tally.locator('li').nth(q.options.indexOf(wrong)).locator('.seminar-count')).toHaveText('1')
  }

  await page.keyboard.press('ArrowRight')
  await expect(page.locator('.slidev-page:visible .seminar-tally').first()).toContainText('voting closed')
  await expect(a.getByText('You got it right.')).toBeVisible()
  await expect(b.getByText('Not this time.')).toBeVisible()
  for (const radio of await b.getByRole('radio').all()) await expect(radio).toBeDisabled()
  // A late vote (sent the way the page sends one) is refused, and the phone says why.
  await b.evaluate(id => (window as unknown as { vote: (ids: string[]) => void }).vote([id]), right.id)
  await expect(b.getByText('Voting on this question is closed.')).toBeVisible()
  expect((await state(s)).tallies.find(t => t.questionId === q.id)!.counts).toMatchObject({ [right.id]: 1, [wrong.id]: 1 })
})

test('a select-all question is votable from the phone, one bar per option', async () => {
  test.setTimeout(120_000)
  const m = questions.find(x => x.type === 'multiple')!
  const s = await seminar(1)
  await open(s, m.id)
  const p = await phone(s.banner.audience)
  await expect(p.getByRole('group', { name: m.prompt })).toBeVisible()
  await p.getByRole('checkbox', { name: m.options[0]!.text }).check()
  await p.getByRole('checkbox', { name: m.options[1]!.text }).check()
  await p.getByRole('button', { name: 'Send my answer' }).click()
  await expect(p.getByText('Vote sent.')).toBeVisible()
  const counts = (await state(s)).tallies.find(t => t.questionId === m.id)!.counts
  expect(m.options.map(o => counts[o.id])).toEqual(m.options.map((_, i) => (i < 2 ? 1 : 0)))
})

test('the seminar serves the hosted deck\'s own build: the page knows it is live, and no service worker installs', async ({ page }) => {
  const s = await firstSeminar()
  await page.goto(s.banner.projector)
  await expect(page.locator('.seminar-join img')).toBeVisible()
  // The same files as the static host's copy, save the page's mark and the service worker.
  const served = await (await fetch(presenterSide(s, 'index.html'))).text()
  expect(served).toContain(SEMINAR_MARK)
  expect(served.replace(`\n    ${SEMINAR_MARK}`, '')).toBe(readFileSync(join(DECK.dir, 'index.html'), 'utf8'))
  expect((await fetch(presenterSide(s, 'sw.js'))).status).toBe(404)
  expect(existsSync(join(DECK.dir, 'sw.js'))).toBe(true)
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0)
})

test('the room\'s side of every port: no dev API, no source modules, no presenter verbs, no speaker notes', async () => {
  const s = await firstSeminar()
  const before = await state(s)
  const ports = s.listening()
  expect(ports.map(p => p.port).sort()).toEqual([SEMINAR_PORT, SEMINAR_PORT + 1])
  expect(ports.find(p => p.port === SEMINAR_PORT)!.address).toBe('127.0.0.1')
  const seen: string[] = []
  for (const { port } of ports) {
    const at = (path: string) => `http://${ROOM}:${port}${path}`
    for (const [method, path] of [['GET', '/'], ['GET', '/vote'], ['GET', '/join.svg'], ['GET', '/__slidev/slides/1.json'], ['POST', '/__slidev/slides/1.json'], ['GET', '/setup/main.ts'], ['GET', '/seminar/client.ts'], ['GET', '/@fs/etc/hostname'], ['GET', '/@vite/client'], ['GET', '/presenter/1'], ['GET', '/deck-notes.json'], ['GET', '/__seminar/state'], ['POST', '/__seminar/close'], ['POST', '/__seminar/reset'], ['POST', '/__seminar/current'], ['POST', '/__seminar/export']] as const) {
      const res = await fetch(at(path), { method, redirect: 'manual', headers: { 'content-type': 'application/json' }, body: method === 'POST' ? JSON.stringify({ questionId: q.id }) : undefined }).catch(() => undefined)
      if (port === SEMINAR_PORT) {
        expect(res, `${path} on the presenter's port answers on the room's address`).toBeUndefined()
        continue
      }
      const body = await res!.text()
      seen.push(body)
      if (!['/', '/vote', '/join.svg'].includes(path))
        expect(res!.status, `${method} ${path}`).toBe(404)
    }
    if (port !== SEMINAR_PORT) {
      const events = await fetch(`http://${ROOM}:${port}/vote/events`)
      const reader = events.body!.getReader()
      seen.push(new TextDecoder().decode((await reader.read()).value))
      await reader.cancel()
    }
  }
  expect(seen.length).toBeGreaterThan(10)
  // Not a byte of the deck: no notes, no page of it.
  for (const body of seen) expect(body).not.toContain('deck-seminar')
  expect(await state(s)).toEqual(before)
})

test('twenty fresh browser contexts from one address add no more voters than the cap', async () => {
  const s = await seminar(2, { SEMINAR_VOTERS_PER_ADDRESS: '3' })
  await open(s, q.id)
  const pages = await Promise.all(Array.from({ length: 20 }, () => phone(s.banner.audience)))
  // Past the cap on event streams from one address, a page never sees the question and says so.
  const radio = (p: Page) => p.getByRole('radio', { name: wrong.text })
  await expect.poll(() => Promise.all(pages.map(async p => await radio(p).isVisible() || await p.getByText('Lost touch').isVisible())), { timeout: 30_000 })
    .not
    .toContain(false)
  const withQuestion = []
  for (const p of pages) {
    if (await radio(p).isVisible())
      withQuestion.push(p)
  }
  for (const p of withQuestion) await radio(p).check()
  await expect.poll(() => Promise.all(pages.map(p => p.locator('#status').textContent())), { timeout: 30_000 }).not.toContain('')
  const statuses = await Promise.all(pages.map(p => p.locator('#status').textContent()))
  // Voter ids go to the first three pages loaded; event streams to the first eight that connect.
  const sent = statuses.filter(t => t?.startsWith('Vote sent.')).length
  expect(withQuestion.length).toBeGreaterThan(3)
  expect(sent).toBeGreaterThan(0)
  expect(sent).toBeLessThanOrEqual(3)
  expect(statuses.filter(t => t?.includes('3 devices have already joined from its network address'))).toHaveLength(withQuestion.length - sent)
  expect(statuses.filter(t => t?.includes('Lost touch with the presenter\'s laptop: too many connections'))).toHaveLength(20 - withQuestion.length)
  expect(await votersOn(s, q.id)).toBe(sent)
  await Promise.all(pages.map(p => p.context().close()))
})

test('acknowledged votes survive kill -9 and a restart, past a torn last line', async () => {
  test.setTimeout(180_000)
  const N = 40
  const s = await seminar(3, { SEMINAR_VOTERS_PER_ADDRESS: String(N) })
  await open(s, q.id)
  const audience = new URL(s.banner.audience)
  const origin = `http://${ROOM}:${audience.port}`
  const acked = await Promise.all(Array.from({ length: N }, async (_, i) => {
    const cookie = (await fetch(`${origin}/vote`)).headers.get('set-cookie')!.split(';')[0]!
    const res = await fetch(`${origin}/vote`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ questionId: q.id, optionIds: [q.options[i % q.options.length]!.id] }) })
    return res.status === 200
  }))
  expect(acked.filter(Boolean)).toHaveLength(N)
  const before = (await state(s)).tallies.find(t => t.questionId === q.id)
  await s.crash()
  running.splice(running.indexOf(s), 1)
  // A write torn by the crash: half a line at the end of the journal.
  appendFileSync(join(s.dir, 'journal.jsonl'), '{"t":"vote","v":"torn-by-the-cra')
  const again = await seminar(3, { SEMINAR_VOTERS_PER_ADDRESS: String(N) }, s.dir)
  const after = (await state(again)).tallies.find(t => t.questionId === q.id)
  expect(after).toEqual(before)
  expect(after!.voters).toBe(N)
  expect(again.output()).toMatch(/journal\.jsonl: line \d+ is partial or corrupt; skipped/)
})
