/**
 * `npm run items`: the item checks of quiz/items.ts, one row per question as the bank is displayed, then
 * the bank-wide figures. A row's flaws: leak (another question's stem or options hold this answer's
 * distinctive words), theme (the key alone names China or the US), absolute (a wrong option alone carries
 * "only", "never", "any"…), wording (a matching item shares words with its own target), longest (the key
 * is the longest option: a tell when it happens often). Exits 1 when any item has a flaw the unit test
 * fails on, so it can run on its own in CI.
 *
 * Usage: `npm run items`
 */

import { readFileSync } from 'node:fs'
import process from 'node:process'
import { articleBody, normaliseTypography } from '../content/article'
import { quizBank } from '../quiz/bank'
import { checkItems, echoTell, hedgeRuleShare, isFlawed, ruleShare } from '../quiz/bank/items'

const article = normaliseTypography(articleBody(readFileSync(new URL('../content/article.md', import.meta.url), 'utf8')))
const report = checkItems(quizBank, article)
const pad = (s: string, n: number) => s.length >= n ? s : s + ' '.repeat(n - s.length)

console.log(`${pad('question', 34)} ${pad('type', 10)} flaws`)
for (const r of report.items) {
  const flaws = [
    ...r.leaks.map(l => `leak into ${l.in} (${l.words.join(', ')})`),
    ...r.themeTell.map(t => `theme: key alone names ${t}`),
    ...(r.absolutes.length ? [`absolute in wrong options only: ${r.absolutes.join(', ')}`] : []),
    ...(r.pairedByWording.length ? [`pairs by wording: ${r.pairedByWording.join(', ')}`] : []),
    ...(r.type !== 'truefalse' && echoTell(r.echo) ? [`echo: the key quotes ${r.echo!.key} words of the article, wrong options at most ${r.echo!.wrong}`] : []),
    ...(r.keyLongest ? ['longest'] : []),
    ...(r.hedged === undefined ? [] : [`${r.hedged ? 'hedged' : 'categorical'}, echoes ${r.echo?.key ?? 0} words`]),
  ]
  console.log(`${pad(r.id, 34)} ${pad(r.type, 10)} ${flaws.join('; ') || '–'}`)
}

const singles = report.items.filter(r => r.keyLongest !== undefined)
const { hedgedMeansTrue, total } = report.hedgeRule
const { echoMeansTrue } = report.echoRule
console.log(`\nTrue/false: "hedged means true" predicts ${hedgedMeansTrue} of ${total} keys, "hedged means false" ${total - hedgedMeansTrue}; the better rule ${Math.round(100 * hedgeRuleShare(report.hedgeRule))}%.`)
console.log(`True/false: "a statement that quotes the article is true" predicts ${echoMeansTrue} of ${total} keys; the better rule ${Math.round(100 * ruleShare(echoMeansTrue, total))}%.`)
console.log(`Single choice: the key is the longest option in ${singles.filter(r => r.keyLongest).length} of ${singles.length}.`)
const flawed = report.items.filter(isFlawed)
console.log(`Items with a flaw: ${flawed.length} of ${report.items.length}.`)
if (flawed.length || hedgeRuleShare(report.hedgeRule) > 0.75 || ruleShare(echoMeansTrue, total) > 0.75)
  process.exitCode = 1
