// The quizzes as a self-study learner uses them: keyboard only, reloads, the results slide, a phone.

import type { Page } from '@playwright/test'
import type { QuizQuestion } from '../../quiz/engine/types'
import { expect, test } from '@playwright/test'
import { allQuestions, quizBank } from '../../quiz/bank'
import { solutionOf } from '../../quiz/engine/scoring'
import { deckIndex } from '../fixtures/deck'
import { axeViolations, currentSlide, openSlide, overflowingElements, seedAnswer } from './helpers'

const questions = allQuestions
const firstOf = (type: QuizQuestion['type']) => questions.find(q => q.type === type)!
const slide = (page: Page, no: number) => page.locator(`[data-slidev-no="${no}"]`)

test.describe('given a learner on a single-choice quiz slide', () => {
  test('answers with the keyboard alone, reviews the slide, comes back and finds the answer after a reload', async ({ page }) => {
    const deck = await deckIndex()
    const q = firstOf('single') as Extract<QuizQuestion, { type: 'single' }>
    const no = deck.slideOfQuestion(q.id)!
    await openSlide(page, no)
    const s = slide(page, no)
    const right = q.options.findIndex(o => o.id === q.correct)

    // Focus the first radio, choose it with Space, then arrow down to the right one, as a keyboard user would.
    await s.getByRole('radio').first().focus()
    await page.keyboard.press('Space')
    for (let i = 0; i < right; i++) await page.keyboard.press('ArrowDown')
    await expect(s.getByRole('radio').nth(right)).toBeChecked()
    expect(new URL(page.url()).pathname).toBe(`/deck/${no}`)
    await s.getByRole('button', { name: 'Check' }).focus()
    await expect(s.getByRole('button', { name: 'Check' })).toBeFocused()
    await page.keyboard.press('Enter')
    const feedback = s.locator('[aria-live="polite"]').first()
    await expect(feedback).toContainText('Correct')
    await expect(s.locator('blockquote.quiz-source')).toContainText(q.sources.map(src => src.quote))

    const review = deck.slideOfAlias(q.slide)!
    const link = s.getByRole('link', { name: `Review slide ${review}` })
    await link.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => currentSlide(page)).toBe(review)
    await page.goBack()
    await expect.poll(() => currentSlide(page)).toBe(no)

    await page.reload({ waitUntil: 'networkidle' })
    await expect(slide(page, no).getByRole('radio').nth(right)).toBeChecked()
    await expect(slide(page, no).locator('[aria-live="polite"]').first()).toContainText('Correct')
  })

  test('the presenter\'s reveal step shows the answer on the slide without scoring it', async ({ page }) => {
    const deck = await deckIndex()
    const q = firstOf('truefalse')
    const no = deck.slideOfQuestion(q.id)!
    await openSlide(page, no)
    await page.keyboard.press('ArrowRight')
    await expect(page).toHaveURL(new RegExp(`/deck/${no}\\?clicks=1$`))
    await expect(slide(page, no).locator('.quiz-verdict')).toContainText('★ The answer')
    await expect(slide(page, no).locator('label[data-mark="key"]')).toHaveText(new RegExp(q.options.find(o => o.id === q.correct)!.text))
    await expect(slide(page, no).getByText('Section score: 0 of')).toBeVisible()
  })
})

test.describe('given the presenter view one slide before a quiz', () => {
  test('the Next preview shows the quiz as the audience will see it, not the printed worksheet', async ({ page }) => {
    const deck = await deckIndex()
    const no = deck.slideOfQuestion(firstOf('single').id)!
    await page.goto(`presenter/${no - 1}`, { waitUntil: 'networkidle' })
    const next = page.locator('.next .quiz')
    await expect(next.getByRole('button', { name: 'Show solution' })).toBeVisible()
    await expect(next.locator('.quiz-worksheet')).toHaveCount(0)
  })

  test('on a quiz slide, the Next preview shows the reveal while the learner\'s choice on the current slide stays as it is', async ({ page }) => {
    const deck = await deckIndex()
    const q = firstOf('single')
    const wrong = q.options.find(o => o.id !== q.correct)!
    const no = deck.slideOfQuestion(q.id)!
    // The quiz slide's reveal is its one click step, so the Next preview is this slide again, revealed.
    await page.goto(`presenter/${no}`, { waitUntil: 'networkidle' })
    const current = page.locator('.grid-section.main .quiz')
    const next = page.locator('.grid-section.next .quiz')
    await current.getByRole('radio', { name: wrong.text }).check()
    await expect(next.getByRole('radio', { name: q.options.find(o => o.id === q.correct)!.text })).toBeChecked()
    await expect(current.getByRole('radio', { name: wrong.text })).toBeChecked()
    await expect(current.getByRole('button', { name: 'Check' })).toBeEnabled()
    await expect(next.locator('.quiz-verdict')).toContainText('The answer')
  })
})

test.describe('given answers across sections', () => {
  test('the results slide adds them up, lists the missed one with a link, and Reset all clears everything after confirming', async ({ page }) => {
    const deck = await deckIndex()
    const [a, b] = quizBank[1]!.questions.filter(q => q.type === 'single' || q.type === 'truefalse') as Extract<QuizQuestion, { type: 'single' }>[]
    const results = deck.slideOfAlias('results')!
    for (const [q, pick] of [[a!, 'right'], [b!, 'wrong']] as const) {
      const no = deck.slideOfQuestion(q.id)!
      await openSlide(page, no)
      const option = q.options.find(o => (o.id === q.correct) === (pick === 'right'))!
      await slide(page, no).locator(`input[value="${option.id}"]`).check()
      await slide(page, no).getByRole('button', { name: 'Check' }).click()
    }
    await openSlide(page, results)
    const r = slide(page, results)
    await expect(r.getByText(`${quizBank[1]!.title}`)).toBeVisible()
    await expect(r.locator('.results-bars li').nth(1)).toContainText(`1 of ${quizBank[1]!.questions.length}`)
    await expect(r.locator('.results-total')).toContainText(`Total: 1 of ${questions.length} points · 2 of ${questions.length} questions done`)
    await expect(r.getByRole('link', { name: b!.prompt })).toBeVisible()

    await r.getByRole('button', { name: 'Reset all answers' }).click()
    await expect(r.getByRole('alertdialog')).toContainText('Reset all answers?')
    expect(await overflowingElements(page, results)).toEqual([])
    await r.getByRole('button', { name: 'Yes, reset all' }).click()
    await expect(r.locator('.results-total')).toContainText(`Total: 0 of ${questions.length} points · 0 of ${questions.length} questions done`)
    await page.reload({ waitUntil: 'networkidle' })
    await expect(slide(page, results).locator('.results-total')).toContainText('Total: 0 of')
  })

  test('Retry missed questions reopens the missed ones and goes to the first', async ({ page }) => {
    const deck = await deckIndex()
    const q = quizBank[2]!.questions[0]!
    const no = deck.slideOfQuestion(q.id)!
    await openSlide(page, no)
    await slide(page, no).getByRole('button', { name: 'Show solution' }).click()
    await openSlide(page, deck.slideOfAlias('results')!)
    await slide(page, deck.slideOfAlias('results')!).getByRole('button', { name: 'Retry missed questions' }).click()
    await expect.poll(() => currentSlide(page)).toBe(no)
    await expect(slide(page, no).getByRole('button', { name: 'Check' })).toBeDisabled()
  })
})

test.describe('accessibility of quiz feedback', () => {
  // The audit (audit.spec.ts) scans every slide as it first appears; this scans the states only a learner reaches.
  test('a question of each type has no axe violations after Check and after Show solution', async ({ page }) => {
    test.setTimeout(120_000)
    const deck = await deckIndex()
    const violations: string[] = []
    await openSlide(page, 1) // on the deck's origin, where answers are seeded
    for (const type of ['single', 'multiple', 'truefalse', 'ordering', 'matching'] as const) {
      const q = firstOf(type)
      const no = deck.slideOfQuestion(q.id)!
      const s = slide(page, no)
      const scan = async (when: string) => {
        violations.push(...(await axeViolations(page, `[data-slidev-no="${no}"]`)).map(v => `slide ${no} (${q.id}, ${when}): ${v}`))
      }
      await seedAnswer(page, q, solutionOf(q))
      await openSlide(page, no)
      await s.getByRole('button', { name: 'Check' }).click()
      await expect(s.locator('.quiz-verdict')).toContainText('Correct')
      await scan('checked')
      await s.getByRole('button', { name: 'Show solution' }).click()
      await scan('solution')
    }
    expect(violations).toEqual([])
  })
})

test.describe('given the slides and /study open side by side', () => {
  test('two pages in one browser answer two questions, and both answers survive reloads of both', async ({ context }) => {
    const deck = await deckIndex()
    const [a, b] = questions.filter(q => q.type === 'single') as Extract<QuizQuestion, { type: 'single' }>[]
    const slides = await context.newPage()
    const study = await context.newPage()
    const noA = deck.slideOfQuestion(a!.id)!
    await openSlide(slides, noA)
    await study.goto('study', { waitUntil: 'networkidle' })
    await slide(slides, noA).locator(`input[value="${a!.correct}"]`).check()
    await slide(slides, noA).getByRole('button', { name: 'Check' }).click()
    const item = study.locator(`.quiz[data-question="${b!.id}"]`)
    await item.locator(`input[value="${b!.correct}"]`).check()
    await item.getByRole('button', { name: 'Check' }).click()
    // Each page took in the other's answer without a reload, and neither overwrote the other's.
    await expect(study.locator(`.quiz[data-question="${a!.id}"] .quiz-verdict`)).toContainText('Correct')
    for (const page of [slides, study]) await page.reload({ waitUntil: 'networkidle' })
    await expect(slide(slides, noA).locator('.quiz-verdict')).toContainText('Correct')
    for (const q of [a!, b!]) await expect(study.locator(`.quiz[data-question="${q.id}"] .quiz-verdict`)).toContainText('Correct')
  })
})

test.describe('given a learner on a phone', () => {
  test('the /study page shows every quiz in one readable column, and answers there are the quiz slides\' answers', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 667 })
    await page.goto('study', { waitUntil: 'networkidle' })
    const questionsShown = page.locator('.quiz-study .quiz')
    await expect(questionsShown).toHaveCount(questions.length)
    const q = firstOf('single') as Extract<QuizQuestion, { type: 'single' }>
    const item = page.locator(`.quiz[data-question="${q.id}"]`)
    const radio = item.getByRole('radio', { name: q.options.find(o => o.id === q.correct)!.text })
    expect(await radio.evaluate(el => Number.parseFloat(getComputedStyle(el.closest('label')!).fontSize))).toBeGreaterThanOrEqual(16)
    await radio.check()
    await item.getByRole('button', { name: 'Check' }).click()
    await expect(item.locator('.quiz-verdict')).toContainText('Correct')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
    expect(await axeViolations(page, '.quiz-study')).toEqual([])

    const no = (await deckIndex()).slideOfQuestion(q.id)!
    await openSlide(page, no)
    await expect(slide(page, no).locator('.quiz-verdict')).toContainText('Correct')
  })
})
