// A seminar in a room, not a lab. The audience side listens on 127.0.0.2 and is reached by a host name
// (room.test, mapped by Chromium's resolver), over plain http: like a phone on the room's Wi-Fi, the page
// is not a secure context. The presenter opens the address the banner prints, on the laptop. The seminar
// serves the run's one build of the deck (built.ts), under the base it was built for. Loopback only.

import type { Browser, Page } from '@playwright/test'
import type { QuizOption, QuizQuestion, SingleChoiceQuestion } from '../../quiz/engine/types'
import type { RunningSeminar } from '../../tools/seminarProcess'
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { chromium, expect, test } from '@playwright/test'
import { allQuestions, quizBank } from '../../quiz/bank'
import { choosesMany, isVotable, keyOptionIds, letter } from '../../quiz/engine/scoring'
import { coreQuestions } from '../../seminar/plan'
import { SEMINAR_MARK } from '../../seminar/protocol'
import { CHROMIUM_ARGS, findTestChromium } from '../../tools/chromium'
import { ROOM, SEMINAR_PORT } from '../../tools/seminarProcess'
import { csvRecords } from '../fixtures/csv'
import { deckIndex, deckSlides } from '../fixtures/deck'
import { DECK } from './built'
import { openSlide, seedAnswer } from './helpers'
import { castVote, castVotes, closeQuestion, joinPhones, openQuestion, presenterSide, roomSeminar, seminarState } from './room'

// Each test starts its own seminars on ports of its own, so the tests spread over the workers.
test.describe.configure({ mode: 'parallel' })

const questions = allQuestions
/** Today's plan as `npm run seminar` opens it by default (seminar/plan.ts). */
const core = new Set(coreQuestions())
const q = questions.find((x): x is SingleChoiceQuestion => x.type === 'single' && core.has(x.id))!
const right = q.options.find(o => o.id === q.correct)!
const wrong = q.options.find(o => o.id !== q.correct)!

let phones: Browser
const running: RunningSeminar[] = []

/** A seminar on the room's stand-in address (room.ts), stopped after the last test: a rehearsal, or the class with `--class`. */
async function seminar(n: number, env: Record<string, string> = {}, dir?: string, args: string[] = []) {
  const s = await roomSeminar(n, env, dir, args)
  running.push(s)
  return s
}
/** Ctrl+C on a seminar a test started. */
async function stop(s: RunningSeminar) {
  running.splice(running.indexOf(s), 1)
  await s.stop()
}

async function phone(audience: string): Promise<Page> {
  const context = await phones.newContext({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true })
  const page = await context.newPage()
  await page.goto(audience)
  return page
}

const state = seminarState
const votersOn = async (s: RunningSeminar, id: string) => (await state(s)).tallies.find(t => t.questionId === id)?.voters ?? 0
/** A rehearsal that the tests which change nothing in it share: one per worker, each on ports of its own. */
let shared: Awaited<ReturnType<typeof seminar>> | undefined
const sharedSeminar = async () => shared ??= await seminar(23 + test.info().parallelIndex)
const open = openQuestion

test.beforeAll(async () => {
  phones = await chromium.launch({ executablePath: findTestChromium(), args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP room.test ${ROOM}`] })
})
test.afterAll(async () => {
  await Promise.all(running.map(s => s.stop()))
  shared = undefined
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
  await expect(a.locator('#options label')).toHaveText(q.options.map((o, i) => `${String.fromCharCode(65 + i)}${o.text}`))

  await a.getByRole('radio', { name: wrong.text }).check()
  await b.getByRole('radio', { name: wrong.text }).check()
  await expect(a.getByText('Vote sent.')).toBeVisible()
  await expect(b.getByText('Vote sent.')).toBeVisible()
  await a.getByRole('radio', { name: right.text }).check()

  // Blind voting: the presenter view shows the live distribution, the projector the number of voters and
  // nothing else: no bar, no count per option anywhere on the question's slide, visible or not. (Quiz slides the
  // deck has passed are mounted at their last click step, the reveal, as Slidev renders slides behind the current
  // one, and show their own questions' tallies, hidden; the page-wide check held only while this question was
  // on the first quiz slide.)
  const tally = page.locator('.slidev-page:visible .seminar-tally').first()
  await expect(tally).toContainText('Live votes: 2 voters')
  await expect(tally.locator('li').nth(q.options.indexOf(right)).locator('.seminar-count')).toHaveText('1')
  await expect(tally.locator('li').nth(q.options.indexOf(wrong)).locator('.seminar-count')).toHaveText('1')
  const shown = projector.locator(`.slidev-page-${no} .seminar-tally`).first()
  await expect(shown).toContainText('Round 1, alone · Live votes: 2 voters')
  const onSlide = projector.locator(`.slidev-page-${no}`)
  expect(await onSlide.locator('.seminar-tally li, .seminar-tally .seminar-bar, .seminar-tally .seminar-count, .seminar-tally .seminar-count-before').count()).toBe(0)
  expect(await onSlide.locator('.seminar-tally').evaluateAll(els => els.map(e => e.innerHTML).join(''))).not.toMatch(/width: \d/)
  await projector.screenshot({ path: test.info().outputPath('projector-blind-round-1.png') })
  await page.screenshot({ path: test.info().outputPath('presenter-round-1.png') })

  // r: reveal now, skipping the discussion.
  await page.keyboard.press('r')
  await expect(page).toHaveURL(/clicks=3/)
  await expect(page.locator('.slidev-page:visible .seminar-tally').first()).toContainText('voting closed')
  await expect(shown.locator('li').nth(q.options.indexOf(wrong)).locator('.seminar-count')).toHaveText('1')
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
  const m = questions.find(x => x.type === 'multiple' && core.has(x.id))!
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
  const s = await sharedSeminar()
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
  const s = await sharedSeminar()
  const before = await state(s)
  const ports = s.listening()
  expect(ports.map(p => p.port).sort()).toEqual([s.port, s.port + 1])
  expect(ports.find(p => p.port === s.port)!.address).toBe('127.0.0.1')
  const seen: string[] = []
  for (const { port } of ports) {
    const at = (path: string) => `http://${ROOM}:${port}${path}`
    for (const [method, path] of [['GET', '/'], ['GET', '/vote'], ['GET', '/join.svg'], ['GET', '/__slidev/slides/1.json'], ['POST', '/__slidev/slides/1.json'], ['GET', '/setup/main.ts'], ['GET', '/seminar/client.ts'], ['GET', '/@fs/etc/hostname'], ['GET', '/@vite/client'], ['GET', '/presenter/1'], ['GET', '/deck-notes.json'], ['GET', '/__seminar/state'], ['POST', '/__seminar/close'], ['POST', '/__seminar/reset'], ['POST', '/__seminar/current'], ['POST', '/__seminar/export']] as const) {
      const res = await fetch(at(path), { method, redirect: 'manual', headers: { 'content-type': 'application/json' }, body: method === 'POST' ? JSON.stringify({ questionId: q.id }) : undefined }).catch(() => undefined)
      if (port === s.port) {
        expect(res, `${path} on the presenter's port answers on the room's address`).toBeUndefined()
        continue
      }
      const body = await res!.text()
      seen.push(body)
      if (!['/', '/vote', '/join.svg'].includes(path))
        expect(res!.status, `${method} ${path}`).toBe(404)
    }
    if (port !== s.port) {
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
  const radio = (p: Page) => p.getByRole('radio', { name: wrong.text })
  // Three phones first, one after another, as early arrivals: each gets a voter id and an event stream, so the
  // run does not depend on which of twenty simultaneous loads the server happens to see first.
  const early: Page[] = []
  for (let i = 0; i < 3; i++) {
    early.push(await phone(s.banner.audience))
    await expect(radio(early.at(-1)!)).toBeVisible()
  }
  const pages = [...early, ...await Promise.all(Array.from({ length: 17 }, () => phone(s.banner.audience)))]
  // Past the cap on event streams from one address, a page never sees the question and says so.
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
  // Voter ids go to the first three pages loaded (the early ones); event streams to the first eight that connect.
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
  const s = await seminar(3, { SEMINAR_VOTERS_PER_ADDRESS: String(N) }, undefined, ['--class'])
  await open(s, q.id)
  const phones = await joinPhones(s, N)
  const acked = await Promise.all(phones.map((phone, i) => castVote(s, phone, q.id, [q.options[i % q.options.length]!.id])))
  expect(acked.filter(Boolean)).toHaveLength(N)
  const before = (await state(s)).tallies.find(t => t.questionId === q.id)
  await s.crash()
  running.splice(running.indexOf(s), 1)
  // A write torn by the crash: half a line at the end of the journal.
  appendFileSync(join(s.dir, 'class', 'journal.jsonl'), '{"t":"vote","v":"torn-by-the-cra')
  const again = await seminar(3, { SEMINAR_VOTERS_PER_ADDRESS: String(N) }, s.dir, ['--class'])
  const after = (await state(again)).tallies.find(t => t.questionId === q.id)
  expect(after).toEqual(before)
  expect(after!.voters).toBe(N)
  // The banner says what it carried on with.
  expect(again.output()).toContain(`CLASS, RESUMED: the class begun`)
  expect(again.output()).toContain(`${N} devices, ${N} votes, 0 questions closed`)
  expect(again.output()).toMatch(/journal\.jsonl: line \d+ is partial or corrupt; skipped/)
})

test('peer instruction, one key each: round 1 blind with confidence, "Convince your neighbour", kill -9 and a restart, round 2 with each phone\'s answer kept, and a reveal with both rounds side by side', async ({ page, context }) => {
  test.setTimeout(300_000)
  const dir = mkdtempSync(join(tmpdir(), 'rj-seminar-'))
  const s = await seminar(22, {}, dir, ['--class'])
  const no = (await deckIndex()).slideOfQuestion(q.id)!
  await page.goto(presenterSide(s, `presenter/${no}`).href)
  const projector = await context.newPage()
  await projector.goto(presenterSide(s, String(no)).href)
  const tally = page.locator(`.slidev-page-${no} .seminar-tally`).first()
  const shown = projector.locator(`.slidev-page-${no} .seminar-tally`).first()
  const [a, b] = [await phone(s.banner.audience), await phone(s.banner.audience)]
  await expect(a.getByText('Round 1: answer on your own.')).toBeVisible()
  // a: wrong and sure; b: right and guessing, the confidence tapped after the answer.
  await a.getByRole('radio', { name: 'sure', exact: true }).check()
  await a.getByRole('radio', { name: wrong.text }).check()
  await b.getByRole('radio', { name: right.text }).check()
  await expect(b.getByText('Vote sent.')).toBeVisible()
  await b.getByRole('radio', { name: 'guessing' }).check()
  await expect(tally.locator('.seminar-calibration')).toHaveText('Right by confidence (round 1): sure 0/1 (0%) · guessing 1/1 (100%)')
  // 50% right: inside the band, so the presenter view suggests the discussion.
  await expect(tally.locator('.seminar-advice')).toHaveAttribute('data-advice', 'discuss')
  await expect(shown).toContainText('Live votes: 2 voters')
  expect(await projector.locator(`.slidev-page-${no} .seminar-tally li`).count()).toBe(0)

  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(/clicks=1/)
  await expect(shown.locator('.seminar-convince')).toHaveText('Convince your neighbour')
  expect(await projector.locator(`.slidev-page-${no} .seminar-tally li, .slidev-page-${no} .seminar-tally .seminar-count`).count()).toBe(0)
  await expect(a.getByText('Convince your neighbour: talk it over.')).toBeVisible()
  await expect(a.getByRole('radio', { name: wrong.text })).toBeDisabled()
  await projector.screenshot({ path: test.info().outputPath('projector-discuss.png') })

  // The laptop dies between the rounds: every acknowledged vote and the step come back.
  const before = (await state(s)).tallies.find(t => t.questionId === q.id)
  await s.crash()
  running.splice(running.indexOf(s), 1)
  const again = await seminar(22, {}, dir, ['--class'])
  expect((await state(again)).tallies.find(t => t.questionId === q.id)).toEqual(before)
  // The presenter view and the phones reconnect by themselves, still in the discussion.
  await expect.poll(async () => (await state(again)).current, { timeout: 20_000 }).toBe(q.id)
  await expect(a.getByText('Convince your neighbour: talk it over.')).toBeVisible({ timeout: 20_000 })

  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(/clicks=2/)
  await expect(a.getByText('Round 2: answer again after talking it over.')).toBeVisible()
  // Round 2 begins with each phone's round-1 answer selected and counted; a changes its mind.
  await expect(a.getByRole('radio', { name: wrong.text })).toBeChecked()
  await expect(a.getByRole('radio', { name: wrong.text })).toBeEnabled()
  await expect(b.getByRole('radio', { name: right.text })).toBeChecked()
  await expect(shown).toContainText('Round 2, after talking it over · Live votes: 2 voters')
  await a.getByRole('radio', { name: right.text }).check()
  await expect(a.getByText('Vote sent.')).toBeVisible()
  await expect(tally.locator('.seminar-moved')).toContainText('1 moved to the right answer, 0 away from it.')
  expect(await projector.locator(`.slidev-page-${no} .seminar-tally li`).count()).toBe(0)

  // Round 1 is over for good: ← twice from round 2 stops at the discussion, and phones never see round 1 again.
  const stepNow = async () => (await state(again)).tallies.find(t => t.questionId === q.id)?.step
  await page.keyboard.press('ArrowLeft')
  await expect(page).toHaveURL(/clicks=1/)
  await expect(a.getByText('Convince your neighbour: talk it over.')).toBeVisible()
  await page.keyboard.press('ArrowLeft')
  await page.waitForTimeout(1000)
  await expect(page).toHaveURL(/clicks=1/)
  await expect(shown.locator('.seminar-convince')).toHaveText('Convince your neighbour')
  expect(await stepNow()).toBe('discuss')
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(/clicks=2/)
  // A `g` away and back lands on click 0: the slide goes to round 2, where the server is, on both screens.
  for (const to of [no + 1, no]) {
    await page.keyboard.press('g')
    await page.locator('#slidev-goto-input').fill(String(to))
    await page.locator('#slidev-goto-input').press('Enter')
    await expect(page).toHaveURL(new RegExp(`presenter/${to}(\\?|$)`))
  }
  await expect(page).toHaveURL(/clicks=2/)
  await expect(shown).toContainText('Round 2, after talking it over · Live votes: 2 voters')
  await expect(a.getByText('Round 2: answer again after talking it over.')).toBeVisible()
  expect(await stepNow()).toBe('round2')
  await expect(tally.locator('.seminar-moved')).toContainText('1 moved to the right answer, 0 away from it.')

  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(/clicks=3/)
  await expect(shown).toContainText('voting closed')
  await expect(a.getByText('You got it right.')).toBeVisible()
  // Both rounds side by side, the answer and the passage on the projector.
  const row = (o: QuizOption) => shown.locator('li').nth(q.options.indexOf(o))
  await expect(row(wrong).locator('.seminar-count-before')).toHaveText('round 1: 1')
  await expect(row(wrong).locator('.seminar-count')).toHaveText('0')
  await expect(row(right).locator('.seminar-count')).toHaveText('2')
  await expect(shown.locator('.seminar-moved')).toContainText('Right: 50% → 100%.')
  await expect(projector.locator(`.slidev-page-${no} blockquote.quiz-source`).first()).toBeVisible()
  await projector.screenshot({ path: test.info().outputPath('projector-reveal-two-rounds.png') })
  const after = (await state(again)).tallies.find(t => t.questionId === q.id) as unknown as { rounds: { voters: number, right: number }[], moved: Record<string, number> }
  expect(after.rounds.map(r => [r.voters, r.right])).toEqual([[2, 1], [2, 2]])
  expect(after.moved).toMatchObject({ wrongToRight: 1, rightToWrong: 0 })
  // Each round journaled apart.
  const journal = readFileSync(join(dir, 'class', 'journal.jsonl'), 'utf8').trim().split('\n').map(l => JSON.parse(l) as { t: string, r?: number, s?: string, c?: string })
  expect(journal.filter(e => e.t === 'step').map(e => e.s)).toEqual(['discuss', 'round2', 'discuss', 'round2'])
  expect(journal.filter(e => e.t === 'vote').map(e => [e.r, e.c ?? null])).toEqual([[1, 'sure'], [1, null], [1, 'guess'], [2, 'sure']])
})

/** Every votable question that has a slide of its own, with its slide number. */
async function votableSlides() {
  const deck = await deckIndex()
  return questions.filter(isVotable).map(x => ({ q: x, no: deck.slideOfQuestion(x.id)! })).filter(x => x.no)
}
const closedOnes = async (s: RunningSeminar) => (await state(s)).tallies.filter(t => t.closed).map(t => t.questionId)

test('a rehearsal the evening before spoils nothing: the class begins with no question closed and no vote, and a phone from the rehearsal sees no old answer and votes', async ({ page }) => {
  test.setTimeout(360_000)
  const dir = mkdtempSync(join(tmpdir(), 'rj-seminar-'))
  const rehearsal = await seminar(5, {}, dir)
  expect(rehearsal.output()).toContain('REHEARSAL')
  expect(rehearsal.output()).toContain('npm run seminar -- --class')
  const votable = await votableSlides()
  const slides = await deckSlides()
  const deck = await deckIndex()
  const last = slides.at(-1)!.frontmatter.routeAlias ?? slides.length

  // The lecturer's own phone tries a question, then the presenter view walks the whole deck, every reveal step.
  const p = await phone(rehearsal.banner.audience)
  await open(rehearsal, q.id)
  await p.getByRole('radio', { name: wrong.text }).check()
  await expect(p.getByText('Vote sent.')).toBeVisible()
  await page.goto(rehearsal.banner.projector)
  await expect(page.locator('.seminar-join')).toContainText('Rehearsal: nothing done now reaches the class')
  await page.goto(rehearsal.banner.presenter)
  await expect(page).toHaveURL(/\/presenter\/1$/)
  for (let moved = true, i = 0; moved && i < 3 * slides.length; i++) {
    const before = page.url()
    await page.keyboard.press('ArrowRight')
    moved = await page.waitForURL(u => u.href !== before, { timeout: 3000 }).then(() => true, () => false)
    // At a lecturer's pace: on a quiz slide, the card is up before the next key.
    const at = new URL(page.url()).pathname.split('/').at(-1)!
    const no = Number(at) || deck.slideOfAlias(at)
    if (moved && no && core.has(deck.questionAt(no) ?? ''))
      await expect(page.locator(`.slidev-page-${no} .quiz[data-question]`).first()).toBeVisible()
  }
  await expect(page).toHaveURL(new RegExp(`/presenter/${last}(\\?|$)`))
  // The rehearsal did close every question of today's plan, as a walk-through should, and no other.
  await expect.poll(async () => (await closedOnes(rehearsal)).sort()).toEqual(votable.map(v => v.q.id).filter(id => core.has(id)).sort())
  await expect(p.getByRole('group', { name: q.prompt })).toBeHidden()

  // The last slides are no quiz (and have names, not numbers, in their addresses): the phone shows no question.
  await expect(p.getByText('Waiting for the presenter to open a quiz question')).toBeVisible()
  await stop(rehearsal)
  expect(rehearsal.output()).toContain('Rehearsal over')
  const lesson = await seminar(5, {}, dir, ['--class'])
  expect(lesson.output()).toContain('CLASS: a new class record')
  // The presenter view is still open on the last slide: it reconnects and opens no question; the phone shows none.
  await expect(p.getByText('Waiting for the presenter to open a quiz question')).toBeVisible()
  expect((await state(lesson)).tallies).toEqual([])
  await page.goto(presenterSide(lesson, `presenter/${(await deckIndex()).slideOfAlias('join')}`).href)
  await expect(page.locator('.seminar-join img')).toBeVisible()
  await expect(page.locator('.seminar-join').first()).not.toContainText('Rehearsal')
  await expect(p.getByText('Waiting for the presenter to open a quiz question')).toBeVisible()

  await page.goto(presenterSide(lesson, `presenter/${votable.find(v => v.q.id === q.id)!.no}`).href)
  await expect(p.getByRole('group', { name: q.prompt })).toBeVisible()
  for (const radio of await p.getByRole('radio').all()) {
    await expect(radio).toBeEnabled()
    await expect(radio).not.toBeChecked()
  }
  await expect(p.getByText('right answer')).toHaveCount(0)
  await expect(p.getByText('Voting is closed')).toBeHidden()
  await p.getByRole('radio', { name: right.text }).check()
  await expect(p.getByText('Vote sent.')).toBeVisible()
  await expect(page.locator('.slidev-page:visible .seminar-tally').first()).toContainText('Live votes: 1 voter')
  expect(await closedOnes(lesson)).toEqual([])
})

test('jumping with g over a block of questions leaves every one of them open', async ({ page }) => {
  const s = await seminar(6, {}, undefined, ['--class'])
  const votable = await votableSlides()
  const deck = await deckIndex()
  const join = deck.slideOfAlias('join')!
  // From the Join slide to the first slide that is no quiz past a dozen votable questions (slide 34 today).
  const after = votable.filter(v => v.no > join)[11]!.no
  let target = after + 1
  while (deck.questionAt(target)) target++
  const jumpedOver = votable.filter(v => v.no > join && v.no < target)
  expect(jumpedOver.length).toBeGreaterThan(10)
  await page.goto(presenterSide(s, `presenter/${join}`).href)
  // Slidev mounts every slide a few seconds in; a slide behind the current one is then at its last step.
  await expect(page.locator(`.slidev-page-${jumpedOver.at(-1)!.no}`).first()).toBeAttached({ timeout: 15_000 })
  await page.keyboard.press('g')
  await page.locator('#slidev-goto-input').fill(String(target))
  await page.locator('#slidev-goto-input').press('Enter')
  await expect(page.locator(`.slidev-page-${target}`).first()).toBeVisible()
  await expect.poll(async () => (await state(s)).current).toBeNull()
  // What a jump would close, it closes at once; give it time to show.
  await page.waitForTimeout(2000)
  expect(await closedOnes(s)).toEqual([])
  // And a question jumped over still takes votes once the presenter goes back to it.
  const back = jumpedOver.find(v => core.has(v.q.id))!
  await page.goto(presenterSide(s, `presenter/${back.no}`).href)
  const p = await phone(s.banner.audience)
  await expect(p.getByRole('group', { name: back.q.prompt })).toBeVisible()
  await p.getByRole('radio').or(p.getByRole('checkbox')).first().check()
  if (choosesMany(back.q))
    await p.getByRole('button', { name: 'Send my answer' }).click()
  await expect(p.getByText('Vote sent.')).toBeVisible()
})

test('Reset votes asks first, clears the votes, reopens the question on phones and slide alike, and the arrow keys work after every button', async ({ page }) => {
  test.setTimeout(180_000)
  const s = await seminar(7, {}, undefined, ['--class'])
  const deck = await deckIndex()
  await page.goto(presenterSide(s, `presenter/${deck.slideOfQuestion(q.id)}`).href)
  const tally = page.locator('.slidev-page:visible .seminar-tally').first()
  const [a, b] = [await phone(s.banner.audience), await phone(s.banner.audience)]
  await a.getByRole('radio', { name: right.text }).check()
  await b.getByRole('radio', { name: wrong.text }).check()
  await expect(tally).toContainText('Live votes: 2 voters')
  await page.keyboard.press('r')
  await expect(page).toHaveURL(/clicks=3/)
  await expect(tally).toContainText('voting closed')
  await expect(a.getByText('You got it right.')).toBeVisible()

  // Asked first; keeping them changes nothing, and the keys move the slide again at once.
  await tally.getByRole('button', { name: 'Reset votes' }).click()
  await expect(tally.getByRole('group', { name: 'Reset votes' })).toContainText('Delete 2 votes?')
  await tally.getByRole('button', { name: 'Keep them' }).click()
  expect(await votersOn(s, q.id)).toBe(2)
  await page.keyboard.press('ArrowLeft')
  await expect(page).toHaveURL(/clicks=2/)
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(/clicks=3/)

  await tally.getByRole('button', { name: 'Reset votes' }).click()
  await tally.getByRole('button', { name: 'Delete' }).click()
  // Back to the open step, with no votes and voting open, on the slide, the server and both phones.
  await expect(page).not.toHaveURL(/clicks=[1-3]/)
  await expect(tally).toContainText('Live votes: 0 voters')
  await expect(tally).not.toContainText('voting closed')
  await expect.poll(async () => (await closedOnes(s)).includes(q.id)).toBe(false)
  expect(await votersOn(s, q.id)).toBe(0)
  for (const p of [a, b]) {
    await expect(p.getByText('The presenter has cleared the votes on this question: choose again.')).toBeVisible()
    for (const radio of await p.getByRole('radio').all()) {
      await expect(radio).toBeEnabled()
      await expect(radio).not.toBeChecked()
    }
  }
  await b.getByRole('radio', { name: right.text }).check()
  await expect(b.getByText('Vote sent.')).toBeVisible()
  await expect(tally).toContainText('Live votes: 1 voter')
  // The keys work after Delete: r takes the reveal step, which closes the question again.
  await page.keyboard.press('r')
  await expect(page).toHaveURL(/clicks=3/)
  await expect(tally).toContainText('voting closed')
  await expect(b.getByText('You got it right.')).toBeVisible()
  // a's vote went with the reset, and a sent no other.
  await expect(a.getByText('The answer is shown.')).toBeVisible()

  // And after Save on the results slide.
  await page.goto(presenterSide(s, 'presenter/results').href)
  const save = page.getByRole('button', { name: 'Save the room\'s results (CSV)' })
  await save.click()
  await expect(page.getByText('Saved to')).toBeVisible()
  await page.keyboard.press('ArrowLeft')
  await expect(page).not.toHaveURL(/presenter\/results/)
})

test('a phone\'s verdict is on the vote the server counted, and a phone that loses the laptop says so and comes back by itself', async () => {
  test.setTimeout(180_000)
  const m = questions.find(x => x.type === 'multiple' && core.has(x.id))!
  const dir = mkdtempSync(join(tmpdir(), 'rj-seminar-'))
  const s = await seminar(8, {}, dir, ['--class'])
  await open(s, m.id)
  const [sent, unsent] = [await phone(s.banner.audience), await phone(s.banner.audience)]
  const key = m.options.filter(o => keyOptionIds(m).includes(o.id))
  for (const o of key) await sent.getByRole('checkbox', { name: o.text }).check()
  await sent.getByRole('button', { name: 'Send my answer' }).click()
  await expect(sent.getByText('Vote sent.')).toBeVisible()
  // The right options ticked, never sent.
  for (const o of key) await unsent.getByRole('checkbox', { name: o.text }).check()
  await closeQuestion(s, m.id)
  await expect(sent.getByText('You got it right.')).toBeVisible()
  await expect(unsent.getByText('Your answer was not sent.')).toBeVisible()
  await expect(unsent.getByText('You got it right.')).toBeHidden()

  await s.crash()
  running.splice(running.indexOf(s), 1)
  await expect(sent.getByText('Lost touch with the presenter\'s laptop')).toBeVisible({ timeout: 15_000 })
  const again = await seminar(8, {}, dir, ['--class'])
  await expect(sent.getByText('Back in touch with the presenter\'s laptop.')).toBeVisible({ timeout: 20_000 })
  await open(again, q.id)
  await sent.getByRole('radio', { name: right.text }).check()
  await expect(sent.getByText('Vote sent.')).toBeVisible()
  expect(await votersOn(again, q.id)).toBe(1)
})

test('nothing on the seminar\'s projector or presenter view gives the answer away: no Check, Show solution, score or saved answer, and with --questions all ordering and matching say they are for discussion and a question outside the core plan opens', async ({ page, context }) => {
  test.setTimeout(120_000)
  // Every question, as the README says to ask them all.
  const s = await seminar(9, {}, undefined, ['--class', '--questions', 'all'])
  expect(s.output()).toContain('Questions for voting: every question')
  const deck = await deckIndex()
  const projector = await context.newPage()
  await projector.goto(s.banner.projector)
  // This browser once studied the deck alone: an answer is saved for the question.
  await seedAnswer(projector, q, wrong.id)
  await projector.reload()
  await page.goto(presenterSide(s, `presenter/${deck.slideOfQuestion(q.id)}`).href)
  await expect(projector).toHaveURL(new RegExp(`/${deck.slideOfQuestion(q.id)}(\\?clicks=0)?$`))
  for (const view of [page, projector]) {
    const card = view.locator('.slidev-page:visible .quiz').first()
    await expect(card.getByRole('group', { name: q.prompt })).toBeVisible()
    await expect(view.locator('.slidev-page:visible .seminar-tally').first()).toBeVisible()
    for (const name of ['Check', 'Show solution', 'Try again'])
      await expect(view.getByRole('button', { name, exact: true })).toHaveCount(0)
    await expect(card).not.toContainText('Section score')
    await expect(card.getByRole('radio', { checked: true })).toHaveCount(0)
  }
  await page.keyboard.press('r')
  for (const view of [page, projector]) {
    const card = view.locator('.slidev-page:visible .quiz').first()
    await expect(card.locator(`label[data-mark="key"]`)).toHaveCount(1)
    await expect(view.getByRole('button', { name: 'Show solution', exact: true })).toHaveCount(0)
  }
  const extra = (await votableSlides()).find(v => !core.has(v.q.id))!
  await page.goto(presenterSide(s, `presenter/${extra.no}`).href)
  await expect(page.locator('.slidev-page:visible .seminar-tally').first()).toContainText('Live votes: 0 voters')
  await expect(page.locator('.slidev-page:visible [data-plan="skipped"]')).toHaveCount(0)
  await expect.poll(async () => (await state(s)).current).toBe(extra.q.id)
  const placed = questions.filter(x => !isVotable(x)).map(x => deck.slideOfQuestion(x.id)).filter(Boolean)
  expect(placed.length).toBeGreaterThan(0)
  for (const no of placed) {
    await page.goto(presenterSide(s, `presenter/${no}`).href)
    await expect(projector.locator('.slidev-page:visible .seminar-discuss').first()).toHaveText('Discuss: not on phones')
    await expect(projector.getByRole('button', { name: 'Check', exact: true })).toHaveCount(0)
  }
})

test('phones refused behind one address show in the presenter view, and "Allow them" lets them vote at once, without a restart or a reload', async ({ page }) => {
  test.setTimeout(120_000)
  const s = await seminar(10, { SEMINAR_VOTERS_PER_ADDRESS: '1' }, undefined, ['--class'])
  const deck = await deckIndex()
  await page.goto(presenterSide(s, `presenter/${deck.slideOfQuestion(q.id)}`).href)
  const a = await phone(s.banner.audience)
  const [b, c] = [await phone(s.banner.audience), await phone(s.banner.audience)]
  await a.getByRole('radio', { name: right.text }).check()
  await expect(a.getByText('Vote sent.')).toBeVisible()
  for (const p of [b, c]) {
    await p.getByRole('radio', { name: wrong.text }).check()
    await expect(p.getByText('1 device has already joined from its network address. Ask the presenter.')).toBeVisible()
  }
  const notice = page.locator('.slidev-page:visible .seminar-refused').first()
  await expect(notice).toContainText('2 phones refused from one address')
  await notice.getByRole('button', { name: 'Allow them' }).click()
  await expect(notice).toBeHidden()
  // The phones try again by themselves.
  for (const p of [b, c]) await expect(p.getByText('Vote sent.')).toBeVisible({ timeout: 15_000 })
  expect(await votersOn(s, q.id)).toBe(3)
  // And the keys still move the slides after the button.
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(/clicks=1/)
})

/** The file the presenter view's Save button says it wrote. */
async function saveResults(page: Page) {
  const save = page.getByRole('button', { name: 'Save the room\'s results (CSV)' })
  const said = page.locator('.room-save [aria-live]')
  const before = await said.textContent()
  await save.click()
  await expect(said).not.toHaveText(before!)
  await expect(said).toHaveText(/^Saved to /)
  return (await said.textContent())!.replace('Saved to ', '')
}

test('Save results writes a record a teacher can read: each question\'s slide, key letters, option texts, the wrong answer chosen most, select-all counts per option, "not asked"; a second save writes a second file', async ({ page }) => {
  test.setTimeout(180_000)
  const s = await seminar(13, {}, undefined, ['--class', '--questions', 'all'])
  const deck = await deckIndex()
  const m = questions.find(x => x.type === 'multiple')!
  const key = m.options.filter(o => keyOptionIds(m).includes(o.id))
  const outside = m.options.find(o => !keyOptionIds(m).includes(o.id))!

  // The single-choice question: one phone right, two wrong, then the reveal.
  await page.goto(presenterSide(s, `presenter/${deck.slideOfQuestion(q.id)}`).href)
  const tally = page.locator('.slidev-page:visible .seminar-tally').first()
  const [a, b, c] = [await phone(s.banner.audience), await phone(s.banner.audience), await phone(s.banner.audience)]
  await a.getByRole('radio', { name: right.text }).check()
  for (const p of [b, c]) await p.getByRole('radio', { name: wrong.text }).check()
  await expect(tally).toContainText('Live votes: 3 voters')
  await page.keyboard.press('r')
  await expect(tally).toContainText('voting closed')
  // The select-all question: one phone ticks the key, one the first key option and one outside it.
  await page.goto(presenterSide(s, `presenter/${deck.slideOfQuestion(m.id)}`).href)
  for (const o of key) await a.getByRole('checkbox', { name: o.text }).check()
  await b.getByRole('checkbox', { name: key[0]!.text }).check()
  await b.getByRole('checkbox', { name: outside.text }).check()
  for (const p of [a, b]) {
    await p.getByRole('button', { name: 'Send my answer' }).click()
    await expect(p.getByText('Vote sent.')).toBeVisible()
  }
  await expect(tally).toContainText('Live votes: 2 voters')

  await page.goto(presenterSide(s, 'presenter/results').href)
  const first = await saveResults(page)
  expect(first).toMatch(/exports\/seminar-\d{4}-\d\d-\d\d_\d\d-\d\d-\d\d(-\d+)?\.csv$/)
  const text = readFileSync(first, 'utf8')
  const rows = csvRecords(text)
  // One row per votable question, in deck order, each with its slide and its number in its section.
  const votable = quizBank.flatMap(sec => sec.questions.map((x, i) => ({ x, no: `${i + 1} of ${sec.questions.length}`, section: sec.title }))).filter(r => isVotable(r.x))
  expect(rows.map(r => [r.id, r.slide, r.section, r['question in section']])).toEqual(votable.map(r => [r.x.id, String(deck.slideOfQuestion(r.x.id) ?? ''), r.section, r.no]))
  const letterOf = (x: QuizQuestion, id: string) => letter(x.options.findIndex(o => o.id === id))

  const one = rows.find(r => r.id === q.id)!
  expect(one).toMatchObject({ 'status': 'asked, voting closed', 'key': letterOf(q, q.correct), 'voters': '3', 'right': '1', 'share right (%)': '33', 'most-chosen wrong option': `${letterOf(q, wrong.id)}: ${wrong.text}`, 'chose it': '2' })
  expect(q.options.map((o, i) => [one[`option ${letter(i)}`], one[`chose ${letter(i)}`]])).toEqual(q.options.map(o => [o.text, String(o === right ? 1 : o === wrong ? 2 : 0)]))

  const all = rows.find(r => r.id === m.id)!
  expect(all).toMatchObject({ 'answer': 'select all that apply', 'key': key.map(o => letterOf(m, o.id)).join(', '), 'voters': '2', 'right': '1', 'most-chosen wrong option': `${letterOf(m, outside.id)}: ${outside.text}`, 'chose it': '1' })
  const ticked = (o: QuizOption) => (key.includes(o) ? 1 : 0) + (o === key[0] || o === outside ? 1 : 0)
  expect(m.options.map((o, i) => [all[`option ${letter(i)}`], all[`chose ${letter(i)}`]])).toEqual(m.options.map(o => [o.text, String(ticked(o))]))

  // Every other question was never opened: "not asked", and no counts to mistake for a room that knew nothing.
  const never = rows.filter(r => r.id !== q.id && r.id !== m.id)
  expect(never.length).toBeGreaterThan(5)
  for (const r of never) expect([r.status, r.voters, r.right, r['share right (%)'], r['chose A']]).toEqual(['not asked', '', '', '', ''])

  // A second save, a second later or not: a second file, and the first one kept as it was.
  // The report beside it, same stem: one self-contained page; neither file names a device, an address or a cookie.
  const report = readFileSync(first.replace(/\.csv$/, '.html'), 'utf8')
  expect(report).toContain('What the room misread')
  expect(report).toContain('<svg')
  expect(report).not.toMatch(/<script|<link|<img|src=|url\(/i)
  const ids = readFileSync(join(s.dir, 'class', 'journal.jsonl'), 'utf8').trim().split('\n').map(l => JSON.parse(l) as { t: string, v?: string }).filter(e => e.t === 'voter').map(e => e.v!)
  expect(ids.length).toBeGreaterThan(2)
  for (const file of [text, report]) {
    for (const id of ids) expect(file).not.toContain(id)
    expect(file).not.toContain(ROOM)
    expect(file).not.toContain('rj_voter')
  }
  const second = await saveResults(page)
  expect(second).not.toBe(first)
  expect(readdirSync(join(s.dir, 'exports')).sort()).toEqual([first, second].flatMap(f => [basename(f), basename(f).replace('.csv', '.html')]).sort())
  expect(readFileSync(first, 'utf8')).toBe(text)
})

test('in the seminar, the results slide shows the room\'s results in type the back row reads (each question asked, share right, the wrong answer chosen most), no personal score, and pages through more than fit', async ({ page, context }) => {
  test.setTimeout(180_000)
  const s = await seminar(14, { SEMINAR_VOTERS_PER_ADDRESS: '400' }, undefined, ['--class', '--questions', 'all'])
  const votable = await votableSlides()
  expect(votable.length).toBeGreaterThan(13)
  /** Eight phones on each question: `i % 8` of them choose the key, the rest the first option outside it. */
  async function ask(i: number) {
    const x = votable[i]!.q
    await open(s, x.id)
    const outside = x.options.find(o => !keyOptionIds(x).includes(o.id))!
    await castVotes(s, x.id, Array.from({ length: 8 }, (_, j) => (j < i % 8 ? keyOptionIds(x) : [outside.id])))
    // Revealed, as the presenter's last step does: a question still open shows its voters only.
    await closeQuestion(s, x.id)
  }
  for (let i = 0; i < 12; i++) await ask(i)

  const projector = await context.newPage()
  // This browser once studied the deck alone and answered a question: that score must not show.
  await projector.goto(s.banner.projector)
  await seedAnswer(projector, q, wrong.id)
  await page.goto(presenterSide(s, 'presenter/results').href)
  await expect(projector).toHaveURL(/\/results(\?|$)/)
  for (const view of [page, projector]) {
    const slide = view.locator('.slidev-page:visible').first()
    await expect(slide.getByRole('heading', { name: /^The room.s results$/ })).toBeVisible()
    await expect(slide).not.toContainText('Your results')
    await expect(slide).not.toContainText('Total:')
    await expect(slide.getByRole('button', { name: 'Retry missed questions' })).toHaveCount(0)
    await expect(slide.locator('.room-results tbody tr')).toHaveCount(12)
  }
  const rows = projector.locator('.slidev-page:visible .room-results tbody tr')
  // Question 3 (index 2): 2 of 8 right, and the other 6 chose the same wrong option.
  const third = votable[2]!.q
  const thirdWrong = third.options.findIndex(o => !keyOptionIds(third).includes(o.id))
  await expect(rows.nth(2).locator('td').nth(0)).toHaveText(String(votable[2]!.no))
  await expect(rows.nth(2).locator('td').nth(1)).toHaveText(third.prompt)
  await expect(rows.nth(2).locator('td').nth(2)).toHaveText('25% of 8')
  await expect(rows.nth(2).locator('td').nth(3)).toHaveText(`${letter(thirdWrong)} ${third.options[thirdWrong]!.text}`)
  await expect(projector.getByRole('button', { name: 'Save the room\'s results (CSV)' })).toHaveCount(0)

  // Large type: the rows' text at least 22 px on a 1280×720 projector; nothing past the slide's edge, the
  // presenter view's Save button included.
  for (const view of [projector, page]) {
    const fit = await view.evaluate(() => {
      const slide = document.querySelector('.results-layout')!
      const box = slide.getBoundingClientRect()
      const cell = slide.querySelector('.room-question') as HTMLElement
      const px = Number.parseFloat(getComputedStyle(cell).fontSize) * cell.getBoundingClientRect().width / cell.offsetWidth
      const parts = [...slide.querySelectorAll('h1, .room-results tr, .room-page, .room-save button')]
      const inside = parts.every((el) => {
        const r = el.getBoundingClientRect()
        return r.bottom <= box.bottom + 0.5 && r.right <= box.right + 0.5
      })
      return { px, parts: parts.length, inside, overflow: slide.scrollHeight - slide.clientHeight }
    })
    expect(fit.parts).toBe(view === page ? 15 : 14)
    expect(fit.inside).toBe(true)
    expect(fit.overflow).toBeLessThanOrEqual(0)
    if (view === projector)
      expect(fit.px).toBeGreaterThanOrEqual(22)
  }
  await page.screenshot({ path: test.info().outputPath('results-12-asked-presenter.png') })
  await projector.screenshot({ path: test.info().outputPath('results-12-asked.png') })

  // Two more questions asked: two pages, and → on the presenter view turns them on both screens.
  await ask(12)
  await ask(13)
  await open(s, votable[0]!.q.id)
  await page.goto(presenterSide(s, 'presenter/results').href)
  for (const view of [page, projector]) {
    // The presenter view's preview of the next step shows page 2 beside it.
    await expect(view.locator('.slidev-page:visible').first().locator('.room-results tbody tr')).toHaveCount(7)
    await expect(view.locator('.slidev-page:visible').first().locator('.room-page')).toHaveText('Page 1 of 2: → for more')
  }
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(/clicks=1/)
  await expect(projector.locator('.slidev-page:visible .room-page')).toHaveText('Page 2 of 2')
  await expect(projector.locator('.slidev-page:visible .room-results tbody tr').last().locator('td').first()).toHaveText(String(votable[13]!.no))
  await projector.screenshot({ path: test.info().outputPath('results-page-2.png') })
  await page.keyboard.press('ArrowRight')
  await expect(page).not.toHaveURL(/presenter\/results/)
})

test('in the seminar, → and g pass over the slides for a reader studying alone, and the projector never shows them; the self-study deck keeps them', async ({ page, context }) => {
  test.setTimeout(120_000)
  const s = await sharedSeminar()
  const slides = await deckSlides()
  const hidden = slides.filter(x => x.frontmatter.seminar === 'hide')
  expect(hidden.map(x => x.no)).toEqual([2, 3])
  const names = hidden.flatMap(x => [String(x.no), String(x.frontmatter.routeAlias)])
  const projector = await context.newPage()
  const seen: string[] = []
  projector.on('framenavigated', f => seen.push(new URL(f.url()).pathname.split('/').at(-1)!))
  await projector.goto(s.banner.projector)
  await page.goto(presenterSide(s, 'presenter/1').href)
  const cover = /\/(1|title)(\?|$)/
  await expect(projector).toHaveURL(cover)

  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(/\/presenter\/join(\?|$)/)
  await expect(projector).toHaveURL(/\/join(\?|$)/)
  await expect(projector.locator('.seminar-join img')).toBeVisible()
  await page.keyboard.press('ArrowLeft')
  await expect(page).toHaveURL(/\/presenter\/(1|title)(\?|$)/)
  await expect(projector).toHaveURL(cover)
  await page.keyboard.press('g')
  await page.locator('#slidev-goto-input').fill('3')
  await page.locator('#slidev-goto-input').press('Enter')
  await expect(page).toHaveURL(/\/presenter\/join(\?|$)/)
  await expect(projector).toHaveURL(/\/join(\?|$)/)
  expect(seen.filter(n => names.includes(n))).toEqual([])
  for (const h of ['How to use this deck', 'Quizzes and printing']) await expect(projector.getByRole('heading', { name: h })).toBeHidden()

  // A projector window opened on one of them lands on the next slide shown.
  await projector.goto(presenterSide(s, 'how-to-quizzes').href)
  await expect(projector).toHaveURL(/\/join(\?|$)/)
  await expect(projector.getByRole('heading', { name: 'Quizzes and printing' })).toBeHidden()

  // The self-study deck, on a static host, still has them.
  const alone = await context.newPage()
  await alone.goto('1')
  // A key pressed while the deck is still starting goes nowhere: wait for the title slide, as a reader would.
  await expect(alone.locator('.slidev-page-1').first()).toBeVisible()
  await alone.keyboard.press('ArrowRight')
  await expect(alone).toHaveURL(/\/how-to-use(\?|$)/)
  await expect(alone.getByRole('heading', { name: 'How to use this deck' })).toBeVisible()
})

test('a lecturer walks the class with →: each question of today\'s plan opens for phones and closes at its reveal; every other quiz slide says it is not in the plan, one → skips it, and phones are never offered it', async ({ page, context }) => {
  test.setTimeout(420_000)
  const s = await seminar(16, {}, undefined, ['--class'])
  expect(s.output()).toContain(`Questions for voting: the core plan's ${core.size} questions (seminar/plan.ts). Every question: npm run seminar -- --questions all`)
  const slides = await deckSlides()
  const deck = await deckIndex()
  // A slide's address in the presenter view: its number, or its alias once Slidev knows it.
  const pathOf = (no: number) => [no, slides[no - 1]?.frontmatter.routeAlias].filter(Boolean).join('|')
  const join = deck.slideOfAlias('join')!
  const results = deck.slideOfAlias('results')!
  const projector = await context.newPage()
  await projector.goto(s.banner.projector)
  const p = await phone(s.banner.audience)
  // The lecturer starts once the presenter view is up: a key pressed while the page still loads goes nowhere.
  await page.goto(presenterSide(s, `presenter/${join}`).href)
  await expect(page.getByRole('heading', { name: 'Join the live quiz' }).first()).toBeVisible()
  // Every state the server reports while the walk goes on: no question outside the plan is ever open.
  const seen = new Set<string>()
  const asked: string[] = []
  const skipped: string[] = []
  let no = join
  while (no < results) {
    const id = deck.questionAt(no)
    const card = page.locator(`.slidev-page-${no} .quiz[data-question]`).first()
    if (id && core.has(id)) {
      await expect(card).toBeVisible()
      await expect(page.locator(`.slidev-page-${no} .seminar-tally`).first()).toBeVisible()
      await expect.poll(async () => (await state(s)).current).toBe(id)
      const question = questions.find(x => x.id === id)!
      await expect(p.getByRole('group', { name: question.prompt })).toBeVisible()
      asked.push(id)
      // Round 1, the discussion, round 2: each → one step, the phone following; the reveal step closes it, then the next → moves on.
      for (const [clicks, step] of [[1, 'discuss'], [2, 'round2']] as const) {
        await page.keyboard.press('ArrowRight')
        await expect(page).toHaveURL(new RegExp(`clicks=${clicks}`))
        await expect.poll(async () => (await fetch(presenterSide(s, '__seminar/state'))).json().then((x: { tallies: { questionId: string, step?: string }[] }) => x.tallies.find(t => t.questionId === id)?.step)).toBe(step)
      }
      await page.keyboard.press('ArrowRight')
      await expect(page).toHaveURL(/clicks=3/)
      await expect.poll(async () => (await state(s)).tallies.find(t => t.questionId === id)?.closed).toBe(true)
    }
    else if (id) {
      const mark = page.locator(`.slidev-page-${no} [data-plan="skipped"]`).first()
      await expect(mark).toHaveText('Not in today\'s plan — press → to skip')
      await expect(projector.locator(`.slidev-page-${no} [data-plan="skipped"]`).first()).toHaveText('Not in today\'s plan — for self-study')
      await expect(page.locator(`.slidev-page-${no} .seminar-tally`)).toHaveCount(0)
      await expect(p.getByText('Waiting for the presenter to open a quiz question')).toBeVisible()
      const current = (await state(s)).current
      seen.add(String(current))
      skipped.push(id)
    }
    // One → on a skipped slide goes straight to the next slide, at its first step (given time on a loaded machine).
    await page.keyboard.press('ArrowRight')
    await expect(page).toHaveURL(new RegExp(`/presenter/(${pathOf(no + 1)})(\\?clicks=0)?$`), { timeout: 15_000 })
    no++
  }
  expect(asked).toEqual(coreQuestions())
  expect(skipped.length).toBeGreaterThan(0)
  expect([...seen]).toEqual(['null'])
  // Closed: the plan's questions, at their own reveal steps; the skipped ones were never opened, and nobody voted on them.
  const after = await state(s)
  expect(after.tallies.filter(t => t.closed).map(t => t.questionId).sort()).toEqual([...core].sort())
  for (const id of skipped) expect(after.tallies.find(t => t.questionId === id)?.voters ?? 0).toBe(0)

  // After class the same deck, hosted for self-study, has every skipped question as it was: choose, Check, feedback.
  const later = await context.newPage()
  const extra = questions.find(x => x.id === skipped.find(id => questions.find(y => y.id === id)!.type === 'single'))!
  const slideNo = deck.slideOfQuestion(extra.id)!
  await openSlide(later, slideNo)
  const own = later.locator(`[data-slidev-no="${slideNo}"]`)
  await expect(own.locator('[data-plan="skipped"]')).toHaveCount(0)
  await own.locator(`input[value="${extra.correct}"]`).check()
  await own.getByRole('button', { name: 'Check' }).click()
  await expect(own.getByRole('radio', { name: /\(your choice, right\)/ })).toBeChecked()
  await expect(own.getByRole('button', { name: 'Try again' })).toBeVisible()
})

test('the presenter view\'s timer runs to 90 minutes: green at minute 31, yellow past 72, red only past 90', async ({ page }) => {
  const s = await sharedSeminar()
  await page.clock.install()
  await page.goto(s.banner.presenter)
  await expect(page.locator('.slidev-note').first()).toBeVisible()
  const timer = page.locator('.i-carbon\\:time').locator('xpath=../..')
  await timer.hover()
  await timer.locator('.i-carbon\\:play').click()
  const bar = page.locator('.h-4px > .h-4px')
  for (const [at, colour] of [['31:00', 'bg-green'], ['42:00', 'bg-yellow'], ['18:00', 'bg-red']] as const) {
    await page.clock.fastForward(at)
    await expect(bar).toHaveClass(new RegExp(colour))
  }
})
