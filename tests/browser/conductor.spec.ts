// The presenter's own phone as a conductor (issue 19), in the room's stand-in network: the phone opens the
// audience port by the room's host name (room.test → 127.0.0.2) over plain http, not a secure context, pairs with
// the code it reads from the presenter view, and moves the deck; the presenter view and the projector tab of the
// laptop's browser follow. Seminar ports (SEMINAR_TEST_PORT + 2n and the next): n = 18, 19 and, for WebKit, 21;
// seminar.spec.ts uses 0–16, quiz-fit 11–12, the WebKit phone 4. Not 17: with the CI's ports its audience port is
// 6566, which Chromium refuses (ERR_UNSAFE_PORT); not 20, whose default ports meet the offline spec's.

import type { Browser, Page } from '@playwright/test'
import type { SingleChoiceQuestion } from '../../quiz/engine/types'
import type { RunningSeminar } from '../../tools/seminarProcess'
import type { WebKitPage } from './webkit'
import { writeFileSync } from 'node:fs'
import { chromium, expect, test } from '@playwright/test'
import { allQuestions } from '../../quiz/bank'
import { coreQuestions } from '../../seminar/plan'
import { CHROMIUM_ARGS, findTestChromium } from '../../tools/chromium'
import { ROOM, ROOM_HOST } from '../../tools/seminarProcess'
import { deckIndex } from '../fixtures/deck'
import { DECK } from './built'
import { castVotes, presenterSide, roomSeminar } from './room'
import { findWebKitDriver, launchWebKit } from './webkit'

test.describe.configure({ mode: 'serial' })

/** A single-choice question of today's plan, so the seminar opens it. */
const q = allQuestions.find((x): x is SingleChoiceQuestion => x.type === 'single' && coreQuestions().includes(x.id))!
const PHONE = { width: 375, height: 667 }
const PRESENTER_PATH = /\/presenter\/([^/]+)$/

let phones: Browser
const running: RunningSeminar[] = []
async function seminar(n: number, args: string[] = []) {
  const s = await roomSeminar(n, {}, undefined, args)
  running.push(s)
  return s
}

test.beforeAll(async () => {
  phones = await chromium.launch({ executablePath: findTestChromium(), args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${ROOM_HOST} ${ROOM}`] })
})
test.afterAll(async () => {
  await Promise.all(running.map(s => s.stop()))
  await phones.close()
})

/** The room's side of a seminar, by the room's host name. */
const room = (s: RunningSeminar, path: string) => new URL(path, s.banner.audience).href

async function phoneContext() {
  return phones.newContext({ viewport: PHONE, hasTouch: true, isMobile: true })
}

/** The presenter view's slide (by number, or by its alias) and click step, from its address. */
async function whereIs(page: Page) {
  const url = new URL(page.url())
  const m = PRESENTER_PATH.exec(url.pathname)
  if (!m)
    return undefined
  const no = Number(m[1]) || (await deckIndex()).slideOfAlias(decodeURIComponent(m[1]!))
  return no ? { no, clicks: Number(url.searchParams.get('clicks') ?? 0) } : undefined
}

/** The phone's screen, kept as a file in the test's output folder to look at. */
async function shot(phone: Page, path: string) {
  await phone.screenshot({ path })
  return path
}

/** The code the presenter view shows after "Pair a phone". */
async function readCode(presenter: Page) {
  await presenter.getByRole('button', { name: 'Pair a phone' }).click()
  await presenter.getByRole('button', { name: 'Show a pairing code' }).click()
  const code = (await presenter.locator('[data-pairing-code]').textContent())!.trim()
  expect(code).toMatch(/^\d{6}$/)
  return code
}

async function pairByCode(phone: Page, s: RunningSeminar, code: string) {
  await phone.goto(room(s, '/conduct'))
  await phone.getByLabel('Pairing code').fill(code)
  await phone.getByRole('button', { name: 'Pair' }).click()
  await expect(phone).toHaveURL(room(s, '/conduct'))
  await expect(phone.locator('#link')).toHaveText('Connected')
}

/** The presenter verbs' offer, as the presenter view gets it: the code, and the link its QR code holds. */
async function offer(s: RunningSeminar) {
  return (await fetch(presenterSide(s, '__seminar/conductor/pair'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json() as Promise<{ code: string, link: string }>
}

test('the phone pairs with the code from the presenter view and steps the deck through a quiz slide; presenter view and projector follow', async ({ page, context }, testInfo) => {
  test.setTimeout(240_000)
  const s = await seminar(18)
  const no = (await deckIndex()).slideOfQuestion(q.id)!
  const errors: string[] = []
  page.on('pageerror', e => errors.push(e.message))
  await page.goto(s.banner.presenter)
  await expect(page).toHaveURL(/\/presenter\/1$/)
  await expect(page.locator('.slidev-note').first()).toBeVisible()
  const projector = await context.newPage()
  const projectorUrls: string[] = []
  projector.on('request', r => projectorUrls.push(r.url()))
  await projector.goto(s.banner.projector)
  await page.goto(presenterSide(s, `presenter/${no}`).href)
  const tally = page.locator('.slidev-page:visible .seminar-tally').first()
  await expect(tally).toContainText('Live votes: 0 voters')
  await expect(projector).toHaveURL(new RegExp(`/${no}(\\?clicks=0)?$`))

  const code = await readCode(page)
  await page.screenshot({ path: testInfo.outputPath('presenter-pairing.png') })
  const phone = await (await phoneContext()).newPage()
  await pairByCode(phone, s, code)
  expect(await phone.evaluate(() => [location.hostname, window.isSecureContext])).toEqual([ROOM_HOST, false])
  await expect(page.locator('.conductor-paired')).toContainText(/Paired: the phone at 127\.0\.0\.\d+ since/)
  // The code was on the presenter view only.
  expect(await projector.content()).not.toContain(code)
  expect(projectorUrls.join(' ')).not.toContain(code)

  // The quiz slide on the phone: where it is, its notes, its live votes.
  await expect(phone.locator('#where')).toHaveText(new RegExp(`^Slide ${no} of \\d+ · step 1 of 4 · Round 1$`))
  await expect(phone.locator('#title')).toHaveText(`Quiz: ${q.prompt}`)
  const notes = (await page.locator('.slidev-note p', { hasText: 'Discussion prompt' }).first().textContent())!.trim()
  expect(notes.length).toBeGreaterThan(10)
  await expect(phone.locator('#notes')).toContainText(notes)
  await castVotes(s, q.id, [[q.correct], [q.options.find(o => o.id !== q.correct)!.id]])
  await expect(phone.locator('#voters')).toHaveText('2 voters · voting open')
  await testInfo.attach('conductor-phone-quiz', { path: await shot(phone, testInfo.outputPath('conductor-phone-quiz.png')), contentType: 'image/png' })

  // Back: the slide before, at its last step; Next: the quiz slide's round 1; three more: the discussion, round 2
  // and the reveal, which closes voting. The phone names each step.
  await phone.getByRole('button', { name: 'Back' }).click()
  await expect(page).not.toHaveURL(new RegExp(`/presenter/${no}(\\?|$)`))
  const before = (await whereIs(page))!
  expect(before.no).toBeLessThan(no)
  // The projector shows the same slide, named as the presenter view names it (by number, or by its alias).
  const segment = new URL(page.url()).pathname.split('/').pop()!
  await expect(projector).toHaveURL(new RegExp(`${DECK.base}${segment}(\\?clicks=\\d+)?$`))
  await phone.getByRole('button', { name: 'Next' }).click()
  await expect(page).toHaveURL(new RegExp(`/presenter/${no}$`))
  await expect(projector).toHaveURL(new RegExp(`/${no}(\\?clicks=0)?$`))
  for (const [clicks, name] of [[1, 'Discuss'], [2, 'Round 2'], [3, 'Reveal']] as const) {
    await phone.getByRole('button', { name: 'Next' }).click()
    await expect(page).toHaveURL(new RegExp(`/presenter/${no}\\?clicks=${clicks}$`))
    await expect(projector).toHaveURL(new RegExp(`/${no}\\?clicks=${clicks}$`))
    await expect(phone.locator('#where')).toHaveText(new RegExp(`^Slide ${no} of \\d+ · step ${clicks + 1} of 4 · ${name}$`))
  }
  await expect(tally).toContainText('voting closed')
  await expect(phone.locator('#voters')).toHaveText('2 voters · voting closed')
  await expect(phone.locator('#bars li[data-key]')).toHaveCount(1)
  await testInfo.attach('conductor-phone-revealed', { path: await shot(phone, testInfo.outputPath('conductor-phone-revealed.png')), contentType: 'image/png' })

  // The laptop still works, and the phone follows it.
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(new RegExp(`/presenter/${no + 1}$`))
  await expect(phone.locator('#where')).toHaveText(new RegExp(`^Slide ${no + 1} of `))
  // The token never reached the projector tab.
  expect(projectorUrls.join(' ')).not.toContain('/pair')
  expect(errors).toEqual([])
})

test('twenty rapid taps of Next move exactly twenty click steps, in order, as the arrow key does', async ({ page }) => {
  test.setTimeout(240_000)
  // Every question in the plan, so that no quiz slide is passed over on the way.
  const s = await seminar(19, ['--questions', 'all'])
  const start = (await deckIndex()).slideOfQuestion(q.id)! - 3
  // The path the laptop's right arrow takes from the start, step by step.
  await page.goto(presenterSide(s, `presenter/${start}`).href)
  await expect(page.locator('.slidev-page:visible').first()).toBeVisible()
  const first = (await whereIs(page))!
  const arrow: { no: number, clicks: number }[] = []
  for (let i = 0; i < 20; i++) {
    const was = page.url()
    await page.keyboard.press('ArrowRight')
    await expect(page).not.toHaveURL(was)
    arrow.push((await whereIs(page))!)
  }
  expect(new Set(arrow.map(p => `${p.no}:${p.clicks}`)).size).toBe(20)
  await page.goto(presenterSide(s, `presenter/${first.no}`).href)
  await expect.poll(() => whereIs(page)).toEqual(first)

  const phone = await (await phoneContext()).newPage()
  await pairByCode(phone, s, (await offer(s)).code)
  await expect(phone.locator('#where')).toHaveText(new RegExp(`^Slide ${first.no} of `))
  const answers: { status: number, at?: { no: number, clicks: number } }[] = []
  phone.on('response', async (r) => {
    if (r.url().endsWith('/conduct/command')) {
      const b = await r.json() as { state: { position: { no: number, clicks: number } } }
      answers.push({ status: r.status(), at: { no: b.state.position.no, clicks: b.state.position.clicks } })
    }
  })
  // Twenty taps in one go, faster than any answer can come back.
  await phone.evaluate(() => {
    for (let i = 0; i < 20; i++) document.getElementById('forward')!.click()
  })
  await expect.poll(() => answers.length, { timeout: 60_000 }).toBe(20)
  expect(answers.map(a => a.status)).toEqual(Array.from({ length: 20 }, () => 200))
  expect(answers.map(a => a.at)).toEqual(arrow)
  await expect.poll(() => whereIs(page)).toEqual(arrow.at(-1))
  await page.waitForTimeout(500)
  expect(answers).toHaveLength(20)
})

test('an unpaired phone gets 403 on every conductor path, with no note and no token; a revoked cookie fails', async ({ page, context }) => {
  test.setTimeout(180_000)
  const s = running[0] ?? await seminar(18)
  const no = (await deckIndex()).slideOfQuestion(q.id)!
  await page.goto(presenterSide(s, `presenter/${no}`).href)
  const note = (await page.locator('.slidev-note p', { hasText: 'Discussion prompt' }).first().textContent())!.trim()
  expect(note.length).toBeGreaterThan(10)
  const projector = await context.newPage()
  const projectorUrls: string[] = []
  projector.on('request', r => projectorUrls.push(r.url()))
  await projector.goto(s.banner.projector)

  const { code, link } = await offer(s)
  const token = link.split('#')[1]!
  expect(token.length).toBeGreaterThan(16)
  // A student's phone: its vote page loads nothing with the token or the code in it.
  const student = await (await phoneContext()).newPage()
  const studentUrls: string[] = []
  student.on('request', r => studentUrls.push(r.url()))
  await student.goto(s.banner.audience)
  const bodies: string[] = [await student.content()]
  for (const [method, path] of [['GET', '/conduct'], ['GET', '/conduct/state'], ['GET', '/conduct/events'], ['POST', '/conduct/command'], ['GET', '/conduct/anything'], ['POST', '/conduct']] as const) {
    const res = await student.context().request.fetch(room(s, path), { method, headers: { 'content-type': 'application/json' }, data: method === 'POST' ? { action: 'next', no, clicks: 0 } : undefined })
    expect(res.status(), `${method} ${path}`).toBe(403)
    bodies.push(await res.text())
  }
  for (const body of bodies) {
    expect(body).not.toContain(note)
    expect(body).not.toContain(token)
    expect(body).not.toContain(code)
  }
  for (const url of [...studentUrls, ...projectorUrls]) {
    expect(url).not.toContain(token)
    expect(url).not.toContain(code)
  }

  // The presenter's phone scans the QR code (its link), and is paired.
  const phone = await (await phoneContext()).newPage()
  await phone.goto(link)
  await expect(phone).toHaveURL(room(s, '/conduct'))
  await expect(phone.locator('#link')).toHaveText('Connected')
  expect((await phone.context().request.get(room(s, '/conduct/state'))).status()).toBe(200)
  // Unpair: at once, the phone says so, and its cookie no longer opens anything.
  expect((await fetch(presenterSide(s, '__seminar/conductor/unpair'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(200)
  await expect(phone.getByText('This phone is no longer the conductor')).toBeVisible()
  expect((await phone.context().request.get(room(s, '/conduct/state'))).status()).toBe(403)
  expect((await phone.context().request.post(room(s, '/conduct/command'), { data: { action: 'next', no, clicks: 0 } })).status()).toBe(403)
  // Pairing another phone revokes the one before.
  const again = await (await phoneContext()).newPage()
  await pairByCode(again, s, (await offer(s)).code)
  const other = await (await phoneContext()).newPage()
  await pairByCode(other, s, (await offer(s)).code)
  await expect(again.getByText('This phone is no longer the conductor')).toBeVisible()
  expect((await again.context().request.get(room(s, '/conduct/state'))).status()).toBe(403)
  expect((await other.context().request.get(room(s, '/conduct/state'))).status()).toBe(200)
})

test('a WebKit phone pairs with the typed code and moves the deck', async ({ page }) => {
  test.skip(!findWebKitDriver(), 'WebKitWebDriver is not installed (apt-get install webkit2gtk-driver xvfb)')
  test.setTimeout(240_000)
  const s = await seminar(21)
  const no = (await deckIndex()).slideOfQuestion(q.id)!
  await page.goto(presenterSide(s, `presenter/${no}`).href)
  await expect(page.locator('.slidev-page:visible .seminar-tally').first()).toContainText('Live votes: 0 voters')
  const code = await readCode(page)
  let phone: WebKitPage | undefined
  try {
    phone = await launchWebKit(PHONE)
    await phone.goto(room(s, '/conduct'))
    expect(await phone.evaluate(() => [location.hostname, window.isSecureContext, innerWidth])).toEqual([ROOM_HOST, false, PHONE.width])
    await phone.evaluate((c: string) => {
      (document.getElementById('code') as HTMLInputElement).value = c
      ;(document.getElementById('form') as HTMLFormElement).requestSubmit()
    }, code)
    await expect.poll(() => phone!.url(), { timeout: 15_000 }).toBe(room(s, '/conduct'))
    await expect.poll(() => phone!.text('#where').catch(() => ''), { timeout: 15_000 }).toMatch(new RegExp(`^Slide ${no} of \\d+ · step 1 of 4 · Round 1$`))
    await phone.click('#forward')
    await expect(page).toHaveURL(new RegExp(`/presenter/${no}\\?clicks=1$`))
    await expect(page.locator('.slidev-page:visible').first()).toContainText('Convince your neighbour')
    await expect.poll(() => phone!.text('#where').catch(() => '')).toMatch(new RegExp(`^Slide ${no} of \\d+ · step 2 of 4 · Discuss$`))
    const png = await phone.screenshot()
    writeFileSync(test.info().outputPath('conductor-webkit.png'), png)
    await test.info().attach('conductor-webkit', { body: png, contentType: 'image/png' })
  }
  finally {
    await phone?.close()
  }
})
