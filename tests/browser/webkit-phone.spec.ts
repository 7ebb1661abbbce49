// An iPhone in the room: WebKit (Safari's engine, as MiniBrowser through WebKitWebDriver, see webkit.ts)
// opens the vote page by the room's host name over plain http, so not a secure context, and votes on the
// question the presenter opens in the presenter view (Chromium), through peer instruction: a blind round 1 with a tap
// of confidence, the discussion, round 2 with its round-1 answer kept and changed, and the reveal with the answer.
// room.test reaches 127.0.0.2 through /etc/hosts: WebKit has no host-resolver flag (`bash .ci/hosts` adds it).

import type { TestInfo } from '@playwright/test'
import type { WebKitPage } from './webkit'
import { lookup } from 'node:dns/promises'
import { writeFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { allQuestions } from '../../quiz/bank'
import { coreQuestions } from '../../seminar/plan'
import { ROOM, ROOM_HOST, SEMINAR_PORT } from '../../tools/seminarProcess'
import { deckIndex } from '../fixtures/deck'
import { presenterSide, roomSeminar, seminarState } from './room'
import { findWebKitDriver, launchWebKit } from './webkit'

/** A single-choice question of today's plan: the seminar opens no other. */
const q = allQuestions.find(x => x.type === 'single' && coreQuestions().includes(x.id))!
const right = q.options.find(o => o.id === q.correct)!
const wrong = q.options.find(o => o.id !== q.correct)!
const PHONE = { width: 375, height: 667 }

let seminar: Awaited<ReturnType<typeof roomSeminar>> | undefined
let phone: WebKitPage | undefined

test.skip(!findWebKitDriver(), 'WebKitWebDriver is not installed (apt-get install webkit2gtk-driver xvfb): no WebKit to test with')

test.afterEach(async () => {
  const testInfo = test.info()
  if (phone && testInfo.status !== testInfo.expectedStatus)
    await snapshot(testInfo, 'webkit-phone-at-failure').catch(() => {})
  await phone?.close()
  await seminar?.stop()
})

/** Attaches what the phone shows, and keeps it as a file in the test's output folder to look at. */
async function snapshot(testInfo: TestInfo, name: string) {
  const png = await phone!.screenshot()
  writeFileSync(testInfo.outputPath(`${name}.png`), png)
  await testInfo.attach(name, { body: png, contentType: 'image/png' })
  return png
}

const labelOf = (id: string) => `#options label[data-option="${id}"]`

test('a WebKit phone on the room\'s plain-http address votes blind with its confidence, waits out the discussion, changes its answer in round 2, and the reveal shows it the answer', async ({ page }, testInfo) => {
  test.setTimeout(240_000)
  expect((await lookup(ROOM_HOST, 4).catch(() => undefined))?.address, `${ROOM_HOST} must resolve to ${ROOM} for WebKit, which has no host-resolver flag: run \`bash .ci/hosts\` as root`).toBe(ROOM)
  const no = (await deckIndex()).slideOfQuestion(q.id)!
  // n = 4: seminar.spec.ts uses 0 to 3.
  seminar = await roomSeminar(4)
  expect(seminar.banner.audience).toBe(`http://${ROOM_HOST}:${SEMINAR_PORT + 9}/vote`)

  await page.goto(seminar.banner.presenter)
  await expect(page).toHaveURL(/\/presenter\/1$/)
  await page.goto(presenterSide(seminar, `presenter/${no}`).href)
  const tally = page.locator('.slidev-page:visible .seminar-tally').first()
  await expect(tally).toContainText('Live votes: 0 voters')

  phone = await launchWebKit(PHONE)
  testInfo.annotations.push({ type: 'WebKit session start', description: `${phone.startedInMs} ms` })
  await phone.goto(seminar.banner.audience)
  expect(await phone.evaluate(() => [location.hostname, window.isSecureContext, typeof crypto.randomUUID, innerWidth])).toEqual([ROOM_HOST, false, 'undefined', PHONE.width])
  await expect.poll(() => phone!.text('#prompt'), { timeout: 15_000 }).toBe(q.prompt)
  // Options in the bank's order, with the slide's letters.
  expect(await phone.evaluate(() => Array.from(document.querySelectorAll('#options label'), l => l.textContent))).toEqual(q.options.map((o, i) => `${String.fromCharCode(65 + i)}${o.text}`))

  // A thumb lands on the words, not on the small radio: the label carries the tap.
  expect(await phone.text('#round')).toBe('Round 1: answer on your own.')
  await phone.click(`${labelOf(wrong.id)} .text`)
  await expect.poll(() => phone!.text('#status')).toContain('Vote sent.')
  // Then one tap of confidence, which goes with the answer already sent.
  await phone.evaluate(() => document.getElementById('status')!.textContent = '')
  await phone.click('#sure input[value="sure"]')
  await expect.poll(() => phone!.text('#status')).toContain('Vote sent.')
  await expect(page.locator('.slidev-page:visible .seminar-calibration').first()).toHaveText('Right by confidence (round 1): sure 0/1 (0%)')
  expect(await phone.evaluate((css: string) => document.querySelector<HTMLInputElement>(css)!.checked, `${labelOf(wrong.id)} input`)).toBe(true)
  await expect(tally).toContainText('Live votes: 1 voter')
  await expect(tally.locator('li').nth(q.options.indexOf(wrong)).locator('.seminar-count')).toHaveText('1')
  await expect(tally.locator('li').nth(q.options.indexOf(right)).locator('.seminar-count')).toHaveText('0')
  const voting = await snapshot(testInfo, 'webkit-phone-voting')
  // A PNG of the phone's whole viewport: width and height from its IHDR chunk.
  expect([voting.readUInt32BE(16), voting.readUInt32BE(20)]).toEqual([PHONE.width, PHONE.height])

  // The discussion: the phone says so and takes no vote.
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => phone!.text('#round'), { timeout: 15_000 }).toContain('Convince your neighbour')
  expect(await phone.evaluate(() => document.querySelector<HTMLFieldSetElement>('#fieldset')!.disabled)).toBe(true)
  // Round 2: its round-1 answer still selected and counted; it changes its mind.
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => phone!.text('#round'), { timeout: 15_000 }).toContain('Round 2')
  expect(await phone.evaluate((css: string) => document.querySelector<HTMLInputElement>(css)!.checked, `${labelOf(wrong.id)} input`)).toBe(true)
  expect(await phone.evaluate(() => document.querySelector<HTMLInputElement>('#sure input[value="sure"]')!.checked)).toBe(true)
  await phone.click(`${labelOf(right.id)} .text`)
  await expect.poll(() => phone!.text('#status')).toContain('Vote sent.')
  await expect(tally.locator('.seminar-moved')).toContainText('1 moved to the right answer')
  await snapshot(testInfo, 'webkit-phone-round-2')

  await page.keyboard.press('ArrowRight')
  await expect(tally).toContainText('voting closed')
  await expect.poll(() => phone!.text('#verdict'), { timeout: 15_000 }).toBe('Voting is closed. You got it right.')
  expect(await phone.text(labelOf(right.id))).toContain('✓ right answer')
  expect(await phone.text(labelOf(wrong.id))).not.toContain('right answer')
  expect(await phone.text('#source')).toContain(q.sources[0]!.quote)
  expect(await phone.evaluate(() => Array.from(document.querySelectorAll('#options input'), i => i.matches(':disabled')))).toEqual(q.options.map(() => true))
  // The reader scrolls down to the verdict and the article's passage.
  await phone.evaluate(() => document.getElementById('closed')!.scrollIntoView({ block: 'end' }))
  await snapshot(testInfo, 'webkit-phone-answer')
  expect((await seminarState(seminar)).tallies.find(t => t.questionId === q.id)).toMatchObject({ voters: 1, closed: true, counts: Object.fromEntries(q.options.map(o => [o.id, o === right ? 1 : 0])), rounds: [{ voters: 1, right: 0, byConfidence: { sure: { voters: 1, right: 0 } } }, { voters: 1, right: 1 }] })
})
