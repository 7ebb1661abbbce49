// The SCORM 1.2 package inside a real SCORM run-time (scorm-again as window.API in the LMS's page): built once
// for the run (global-setup.ts, with tools/scorm-package.ts as `npm run export` builds it), unzipped and served
// from a Moodle-like file path, then a learner answers, leaves, and comes back on another computer (a fresh
// browser context) where only the LMS remembers.

import type { FrameLocator, Page } from '@playwright/test'
import type { Server } from 'node:http'
import type { SingleChoiceQuestion } from '../../quiz/engine/types'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { expect, test } from '@playwright/test'
import { unzipSync } from 'fflate'
import { allQuestions } from '../../quiz/bank'
import { deckIndex } from '../fixtures/deck'
import { LMS, LMS_PORT } from './built'
import { CONTENT_PATH, serveLms } from './lmsServer'

const PORT = LMS_PORT
const WORK = join(import.meta.dirname, '../../test-results/scorm-lms')
let server: Server

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  rmSync(join(WORK, 'content'), { recursive: true, force: true })
  for (const [name, data] of Object.entries(unzipSync(readFileSync(LMS.zip)))) {
    mkdirSync(dirname(join(WORK, 'content', name)), { recursive: true })
    writeFileSync(join(WORK, 'content', name), data)
  }
  server = await serveLms(join(WORK, 'content'), PORT)
})

test.afterAll(() => new Promise<void>(resolve => (server ? server.close(() => resolve()) : resolve())))

const lms = `http://127.0.0.1:${PORT}/lms.html`
const cmi = (page: Page, element: string) => page.evaluate(e => (window as unknown as { API: { LMSGetValue: (k: string) => string } }).API.LMSGetValue(e), element)
const slide = (frame: FrameLocator, no: number) => frame.locator(`[data-slidev-no="${no}"]`)

const q = allQuestions.find(x => x.type === 'single') as SingleChoiceQuestion
const right = q.options.find(o => o.id === q.correct)!

test('a learner answers in the LMS, leaves, and resumes elsewhere with the answer, score and slide', async ({ page, browser }) => {
  const no = (await deckIndex()).slideOfQuestion(q.id)!
  // A deep link into the package: the hash router needs no server rewrite.
  await page.goto(`${lms}?launch=${encodeURIComponent(`#/${no}`)}`)
  const frame = page.frameLocator('iframe[title="Course content"]')
  await slide(frame, no).getByRole('radio', { name: right.text }).check()
  await slide(frame, no).getByRole('button', { name: 'Check' }).click()
  await expect(slide(frame, no).locator('[aria-live="polite"]').first()).toContainText('Correct')

  await expect.poll(() => cmi(page, 'cmi.core.score.raw')).toBe('1')
  expect(await cmi(page, 'cmi.core.score.min')).toBe('0')
  expect(await cmi(page, 'cmi.core.score.max')).toBe(String(allQuestions.length))
  expect(await cmi(page, 'cmi.core.lesson_status')).toBe('incomplete')
  expect(await cmi(page, 'cmi.core.lesson_location')).toBe(String(no))

  // Leaving the content (the LMS unloads the frame) finishes the session and keeps the attempt.
  await page.evaluate(() => document.querySelector('iframe')!.remove())
  const kept = await page.evaluate(() => (window as unknown as { lmsKept: Record<string, string | boolean> }).lmsKept)
  expect(kept).toMatchObject({ 'finished': true, 'cmi.core.exit': 'suspend', 'cmi.core.lesson_location': String(no), 'cmi.core.lesson_status': 'incomplete' })
  expect(kept['cmi.core.session_time']).toMatch(/^\d{4}:\d\d:\d\d\.\d\d$/)
  const suspend = String(kept['cmi.suspend_data'])
  expect(suspend.length).toBeGreaterThan(3)

  // Another computer: a fresh browser with nothing saved; the LMS hands back what it kept.
  const elsewhere = await browser.newContext()
  const again = await elsewhere.newPage()
  const resume = { core: { lesson_location: String(no), lesson_status: 'incomplete', entry: 'resume' }, suspend_data: suspend }
  await again.goto(`${lms}?resume=${encodeURIComponent(JSON.stringify(resume))}`)
  const back = again.frameLocator('iframe[title="Course content"]')
  await expect(slide(back, no).getByRole('radio', { name: right.text })).toBeChecked()
  await expect(slide(back, no).locator('[aria-live="polite"]').first()).toContainText('Correct')
  await expect.poll(() => back.locator('body').evaluate(() => location.hash)).toBe(`#/${no}`)
  await elsewhere.close()
})

test('when the LMS refuses to store the data, the learner is told in one line and the quiz still works', async ({ page }) => {
  const no = (await deckIndex()).slideOfQuestion(q.id)!
  await page.goto(`${lms}?refuse=1&launch=${encodeURIComponent(`#/${no}`)}`)
  const frame = page.frameLocator('iframe[title="Course content"]')
  await expect(slide(frame, no).getByRole('radio', { name: right.text })).toBeVisible()
  await expect(frame.getByRole('status').filter({ hasText: 'not recording' })).toHaveCount(0)
  await slide(frame, no).getByRole('radio', { name: right.text }).check()
  await slide(frame, no).getByRole('button', { name: 'Check' }).click()
  await expect(slide(frame, no).locator('[aria-live="polite"]').first()).toContainText('Correct')
  const notice = frame.getByRole('status').filter({ hasText: 'Your course is not recording quiz scores' })
  await expect(notice).toHaveText('Your course is not recording quiz scores; your answers stay in this browser.')
  await expect(notice).toHaveAttribute('title', /^LMSCommit failed \(error \d+/)
  expect(await notice.evaluate(el => el.getBoundingClientRect().height)).toBeLessThan(40)
  await page.screenshot({ path: 'test-results/scorm-refused-notice.png' })
})

test('when a quiz section cannot be fetched, the learner is told that scores are not recorded', async ({ page }) => {
  await page.route(/\/assets\/china-[\w-]+\.js$/, route => route.abort())
  await page.goto(lms)
  const frame = page.frameLocator('iframe[title="Course content"]')
  const notice = frame.getByRole('status').filter({ hasText: 'Your course is not recording quiz scores' })
  await expect(notice).toHaveText('Your course is not recording quiz scores; your answers stay in this browser.')
  await expect(notice).toHaveAttribute('title', /^the quiz questions could not be loaded/)
  expect(await cmi(page, 'cmi.core.lesson_status')).not.toBe('incomplete')
})

test('opened outside an LMS, the package is the plain deck: no notice, answers saved in the browser', async ({ page }) => {
  const no = (await deckIndex()).slideOfQuestion(q.id)!
  await page.goto(`http://127.0.0.1:${PORT}${CONTENT_PATH}index.html#/${no}`)
  const s = page.locator(`[data-slidev-no="${no}"]`)
  await s.getByRole('radio', { name: right.text }).check()
  await s.getByRole('button', { name: 'Check' }).click()
  await expect(s.locator('[aria-live="polite"]').first()).toContainText('Correct')
  await expect(page.locator('.scorm-notice')).toHaveCount(0)
  await page.reload()
  await expect(page.locator(`[data-slidev-no="${no}"]`).getByRole('radio', { name: right.text })).toBeChecked()
})
