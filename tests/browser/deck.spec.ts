// The built deck as a presenter meets it: the notes. (The keyboard walk through every slide is the audit's phone
// walk, audit.spec.ts.)

import { expect, test } from '@playwright/test'
import { quizBank } from '../../quiz/bank'
import { deckIndex } from '../fixtures/deck'

test.describe('given the built deck served on 127.0.0.1 under /deck/', () => {
  test('the presenter view shows the speaker notes, and the generated answer key on quiz slides', async ({ page }) => {
    await page.goto('presenter/2', { waitUntil: 'networkidle' })
    await expect(page.locator('.slidev-note').first()).toContainText('Discussion prompt')
    const firstQuiz = (await deckIndex()).slideOfQuestion(quizBank[0]!.questions[0]!.id)!
    await page.goto(`presenter/${firstQuiz}`, { waitUntil: 'networkidle' })
    await expect(page.locator('.slidev-note').first()).toContainText('Answer key:')
    await expect(page.locator('.slidev-note').first()).toContainText('Source, paragraph')
  })
})
