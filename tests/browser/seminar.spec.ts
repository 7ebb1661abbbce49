// A seminar as it happens: the presenter on a laptop, two phones voting on 127.0.0.1 through the
// seminar server (`npm run seminar`), a live histogram, the reveal, and a wrong password turned away.
import { expect, type Page, test } from '@playwright/test'
import { quizBank } from '../../quiz'
import type { QuizQuestion } from '../../quiz/engine/types'
import { deckIndex } from '../fixtures/deck'
import { SEMINAR_PASSWORD, SEMINAR_PORT } from './seminarServer'

const origin = `http://127.0.0.1:${SEMINAR_PORT}`

test.use({ baseURL: `${origin}/` })

const q = quizBank.flatMap(s => s.questions).find(x => x.type === 'single') as Extract<QuizQuestion, { type: 'single' }>
const wrong = q.options.find(o => o.id !== q.correct)!

async function phone(browser: import('@playwright/test').Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true })
  const page = await context.newPage()
  await page.goto('vote')
  return page
}

test.describe('given a presenter and two phones on the seminar server', () => {
  test('phones vote and change votes, the presenter sees the counts, and the reveal reaches both phones', async ({ browser, page, request }) => {
    test.setTimeout(120_000)
    const no = (await deckIndex()).slideOfQuestion(q.id)!
    await request.post('__seminar/reset', { data: { questionId: q.id }, headers: { 'x-seminar-password': SEMINAR_PASSWORD } })

    // The dev server compiles on first visit, so the first page may take a while.
    await page.goto(`presenter/${no}?password=${SEMINAR_PASSWORD}`, { waitUntil: 'load', timeout: 90_000 })
    await expect(page.locator('.slidev-note').first()).toContainText('Answer key:', { timeout: 60_000 })
    const [a, b] = [await phone(browser), await phone(browser)]
    for (const p of [a, b]) await expect(p.getByRole('group', { name: q.prompt })).toBeVisible({ timeout: 30_000 })
    // The phones' page is the seminar server's own: it never loads the deck, so it cannot move the presenter.
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/presenter/${no}`)

    await a.getByRole('radio', { name: wrong.text }).check()
    await b.getByRole('radio', { name: wrong.text }).check()
    await expect(a.getByText('Vote sent.')).toBeVisible()
    await a.getByRole('radio', { name: q.options.find(o => o.id === q.correct)!.text }).check()

    const tally = page.locator('.slidev-page:visible .seminar-tally').first()
    await expect(tally).toContainText('Live votes: 2 voters', { timeout: 20_000 })
    const letters = q.options.map(o => o.id)
    await expect(tally.locator('li').nth(letters.indexOf(q.correct)).locator('.seminar-count')).toHaveText('1')
    await expect(tally.locator('li').nth(letters.indexOf(wrong.id)).locator('.seminar-count')).toHaveText('1')

    await page.keyboard.press('ArrowRight')
    await expect(tally).toContainText('voting closed')
    await expect(a.getByText('You got it right.')).toBeVisible()
    await expect(b.getByText('Not this time.')).toBeVisible()
    for (const radio of await b.getByRole('radio').all()) await expect(radio).toBeDisabled()
    const late = await request.post('__seminar/vote', { data: { questionId: q.id, optionId: q.correct, voterId: 'late-voter-1' } })
    expect(late.status()).toBe(409)
  })

  test('a wrong password cannot open the presenter view', async ({ page }) => {
    const no = (await deckIndex()).slideOfQuestion(q.id)!
    await page.goto(`presenter/${no}?password=wrong-password`, { timeout: 90_000 })
    await expect(page).toHaveURL(new RegExp(`${origin}/${no}$`), { timeout: 30_000 })
    await expect(page.locator('.slidev-note')).toHaveCount(0)
  })

  test('the server refuses bad votes and unauthorised reveals', async ({ request }) => {
    const vote = (data: unknown) => request.post('__seminar/vote', { data: data as object })
    expect((await vote({ questionId: 'nope', optionId: 'a', voterId: 'voter-0001' })).status()).toBe(400)
    expect((await vote({ questionId: q.id, optionId: '<script>', voterId: 'voter-0001' })).status()).toBe(400)
    expect((await vote({ questionId: q.id, optionId: q.correct, voterId: 'x' })).status()).toBe(400)
    expect((await vote({ questionId: q.id, optionId: q.correct, voterId: 'v'.repeat(2000) })).status()).toBe(413)
    expect((await request.post('__seminar/reveal', { data: { questionId: q.id }, headers: { 'x-seminar-password': 'nope' } })).status()).toBe(403)
  })
})
