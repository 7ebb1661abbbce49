import { chromium } from 'playwright'
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium'
import { allQuestions } from './quiz'
import { solutionOf } from './quiz/engine/scoring'
import { deckIndex } from './tests/fixtures/deck'
const deck = await deckIndex()
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
const which = process.argv.slice(2)
for (const id of which) {
  const q = allQuestions.find(x => x.id === id)!
  const no = deck.slideOfQuestion(id)!
  await page.goto(`http://127.0.0.1:4400/deck/${no}`, { waitUntil: 'networkidle' })
  await page.evaluate(() => localStorage.clear())
  await page.reload({ waitUntil: 'networkidle' })
  const s = page.locator(`[data-slidev-no="${no}"]`)
  await s.waitFor()
  // answer: wrong-ish
  if (q.type === 'single' || q.type === 'truefalse') await s.locator(`input[value="${q.options.find(o => o.id !== q.correct)!.id}"]`).check()
  else if (q.type === 'multiple') { await s.locator(`input[value="${q.correct[0]}"]`).check(); await s.locator(`input[value="${q.options.find(o => !q.correct.includes(o.id))!.id}"]`).check() }
  else if (q.type === 'ordering') await s.getByRole('button', { name: /^Move down/ }).first().click()
  else for (const o of q.options) await s.locator(`input[name="${q.id}-item-${o.id}"]`).first().check()
  await page.screenshot({ path: `/tmp/shots/${id}-0.png` })
  await s.getByRole('button', { name: 'Check' }).click()
  await page.screenshot({ path: `/tmp/shots/${id}-1.png` })
  await s.getByRole('button', { name: 'Show solution' }).click()
  await page.screenshot({ path: `/tmp/shots/${id}-2.png` })
  console.log(id, no)
}
await browser.close()
