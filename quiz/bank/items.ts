/**
 * Item checks: the flaws in the question bank that a program can see, as reading-test makers look for them
 * (Haladyna, Downing and Rodriguez 2002; the NBME item-writing guide). A question that a reader can
 * answer without the article, from the wording of the exam itself, is a flawed item:
 * - leakage: another question's stem or options state a question's answer (its key's distinctive words);
 * - the hedge pattern of true/false statements: if "hedged means true" (or false) predicts the keys;
 * - absolute words ("only", "never", "any"…) that only wrong options carry;
 * - a theme tell: the key is the only option that names China, the US or the section's theme;
 * - a length tell: the key is the longest option;
 * - an echo tell: the key copies a longer run of the article's words than any wrong option (test-wise readers
 *   pick "the phrase that sounds quoted"), and true statements that echo the article more than false ones;
 * - matching items that share words with their own target, so they pair by wording.
 * Build-only: `npm run items` prints it, and tests/quiz/items.test.ts holds the bank to it.
 *
 * Usage: `const report = checkItems(quizBank)`; `report.items.filter(i => i.leaks.length)`
 */

import type { QuizQuestion, QuizSection } from '../engine/types'
import { kindOf } from '../engine/kinds'
import { isKeyOption } from '../engine/scoring'

/** Words too common in this bank to tell one claim from another: function words, the actors, the frame. */
const COMMON = new Set(`
a about above after again against all also among an and any are as at be been before being between both but by can could did do does doing down during each few for from further had has have having he her here his how i if in into is it its itself just may might more most much must my no nor not now of off on once one only or other our out over own same she should so some such than that the their them then there these they this those through to too under until up very was we were what when where which while who whom why will with would yet you your
new true false article articles says say said according give gives given name names named which what whose
russia russian russians moscow kremlin japan japanese tokyo china chinese beijing us u.s america american washington
abe putin two both side sides country countries ties relations relationship rapprochement each other
boundary dispute disputed kuril kurils island islands territorial
`.split(/\s+/).filter(Boolean))

/** Hedges: a statement with one of these is "hedged"; one without is "categorical". */
const HEDGE = /\b(?:appears?|appeared|seems?|seemed|may|might|could|can|likely|unlikely|perhaps|probably|possibly|suggests?|suggested|hints?|unclear|whether|leaves? open)\b/i
/** Absolute words: wrong options that carry them and keys that don't teach test-wise readers to avoid them. */
const ABSOLUTE = /\b(?:only|always|never|all|every|none|entirely|completely|fully|wholly|solely|any|must|no one|nothing)\b/gi
/** Themes a key must never be alone in naming among its options. */
const THEMES: Record<string, RegExp> = {
  China: /\b(?:China|Chinese|Beijing)\b/,
  US: /\b(?:US|U\.S\.|America|American|Washington|Obama)\b/,
}

/** Names of two words that mean one thing: "Middle East" is not the "Far East", "trade-offs" are not trade. */
const COMPOUNDS = /\b(middle|far|united|trade)[ -](east|states|offs)\b/g

const IES = /ies$/
const SUFFIX = /(?:ing|ed|es|s)$/
const FINAL_E = /e$/
const CURLY_SINGLE = /[’‘]/g
const CURLY_DOUBLE = /[“”]/g
const POSSESSIVE = /'s\b/g
const NOT_WORD = /[^a-z0-9-]+/
const NOT_RUN_WORD = /[^a-z0-9' -]+/g
const RUN_SPLIT = /[\s-]+/
const TRUE_OR_FALSE = /^True or false:\s*/i
const stem = (w: string) => w.replace(IES, 'y').replace(SUFFIX, '').replace(FINAL_E, '')
/** A true/false question's statement, without the "True or false:" that opens its prompt. */
const statementOf = (q: QuizQuestion) => q.prompt.replace(TRUE_OR_FALSE, '')

/** A text's distinctive words, lower-cased and crudely stemmed. */
export function distinctiveWords(text: string): Set<string> {
  const words = text.toLowerCase().replace(CURLY_SINGLE, '\'').replace(POSSESSIVE, '').replace(COMPOUNDS, (_, a: string, b: string) => a + b).split(NOT_WORD).flatMap(w => w.split('-'))
  return new Set(words.filter(w => w.length > 2 && !COMMON.has(w)).map(stem).filter(w => w.length > 2))
}

/** Everything of a question that a printed worksheet shows: the stem, the options and the matching targets. */
export function printedText(q: QuizQuestion): string {
  return [q.prompt, ...q.options.map(o => o.text), ...kindOf(q).targets(q).map(t => t.text)].join(' ')
}

/** The texts that carry a question's answer: its key options, a true statement, each pair of a matching (with its target apart). */
export function answerTexts(q: QuizQuestion): { text: string, target?: string }[] {
  const text = (id: string) => ({ text: q.options.find(o => o.id === id)?.text ?? '' })
  switch (q.type) {
    case 'single': return [text(q.correct)]
    case 'multiple': return q.correct.map(text)
    case 'truefalse': return q.correct === 'true' ? [{ text: statementOf(q) }] : []
    case 'matching': return q.options.map((o) => {
      const target = q.targets.find(t => t.id === q.correct[o.id])?.text ?? ''
      return { text: `${o.text} ${target}`, target }
    })
    case 'ordering': return []
  }
}

export interface Leak {
  /** The question whose printed text holds the words. */
  in: string
  words: string[]
}

/** Lower-case words of a text, typography folded, for echo runs. */
const runWords = (s: string) => s.toLowerCase().replace(CURLY_SINGLE, '\'').replace(CURLY_DOUBLE, '"').replace(NOT_RUN_WORD, ' ').split(RUN_SPLIT).filter(Boolean)

/** The longest run of consecutive words that a text shares with the article. */
export function articleEcho(text: string, article: string): number {
  const haystack = ` ${runWords(article).join(' ')} `
  const w = runWords(text)
  let best = 0
  for (let i = 0; i < w.length; i++) {
    for (let j = i + best + 1; j <= w.length; j++) {
      if (haystack.includes(` ${w.slice(i, j).join(' ')} `))
        best = j - i
      else break
    }
  }
  return best
}

/** An echo this long is a phrase a reader can recognise as quoted. */
export const ECHO_WORDS = 4

export interface ItemReport {
  id: string
  section: string
  type: QuizQuestion['type']
  /** Another question's stem or options sharing at least two distinctive words with one of this question's answers. */
  leaks: Leak[]
  /** Single choice: the key is (one of) the longest options. */
  keyLongest?: boolean
  /** Themes (China, US) that the key names and no wrong option does. */
  themeTell: string[]
  /** Absolute words in wrong options that no key option carries. */
  absolutes: string[]
  /** True/false: whether the statement is hedged. */
  hedged?: boolean
  /** Matching: items that share more words with their own target than with any other. */
  pairedByWording: string[]
  /** Single and select-all: the longest article run in a key option and in a wrong one; true/false: in the statement. */
  echo?: { key: number, wrong: number }
}

export interface BankReport {
  items: ItemReport[]
  /** True/false keys that "hedged means true" predicts, and the number of true/false questions. */
  hedgeRule: { hedgedMeansTrue: number, total: number }
  /** True/false keys that "a statement echoing the article is true" predicts (same total). */
  echoRule: { echoMeansTrue: number, total: number }
}

/** Whether the key sounds quoted and no wrong option does as much. */
export const echoTell = (e: ItemReport['echo']): boolean => !!e && e.key >= ECHO_WORDS && e.key > e.wrong

/** The key options of a choice question (single, select-all, true/false); none for orderings and matchings, whose every item is placed. */
const keyIds = (q: QuizQuestion): string[] => kindOf(q).select === 'place' ? [] : q.options.filter(o => isKeyOption(q, o.id)).map(o => o.id)

/**
 * Pairs of words that many questions print together are the bank's topics (the boundary dispute, the
 * Moscow-Beijing entente): one question naming a topic tells nothing about another's answer. A pair counts
 * as a topic from this many questions on; a rarer pair that an answer shares with another question is a leak.
 */
const TOPIC_QUESTIONS = 4

const pairKey = (a: string, b: string) => (a < b ? `${a}+${b}` : `${b}+${a}`)

/** How many questions print each pair of distinctive words. */
function pairFrequency(questions: readonly QuizQuestion[]): Map<string, number> {
  const df = new Map<string, number>()
  for (const q of questions) {
    const words = [...distinctiveWords(printedText(q))]
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 1; j < words.length; j++) df.set(pairKey(words[i]!, words[j]!), (df.get(pairKey(words[i]!, words[j]!)) ?? 0) + 1)
    }
  }
  return df
}

function leaksOf(q: QuizQuestion, others: readonly QuizQuestion[], df: ReadonlyMap<string, number>): Leak[] {
  const own = distinctiveWords(q.prompt)
  const out: Leak[] = []
  for (const other of others) {
    if (other.id === q.id)
      continue
    const there = distinctiveWords(printedText(other))
    const words = new Set<string>()
    for (const answer of answerTexts(q)) {
      // What the stem already says is the question, not its answer.
      const shared = [...distinctiveWords(answer.text)].filter(w => there.has(w) && !own.has(w))
      const target = answer.target === undefined ? undefined : distinctiveWords(answer.target)
      for (let i = 0; i < shared.length; i++) {
        for (let j = i + 1; j < shared.length; j++) {
          const [a, b] = [shared[i]!, shared[j]!]
          // A matching pair leaks only when both sides of the pair are there, not the item alone.
          const bothSides = !target || target.has(a) !== target.has(b)
          if (bothSides && (df.get(pairKey(a, b)) ?? 0) < TOPIC_QUESTIONS) {
            words.add(a)
            words.add(b)
          }
        }
      }
    }
    if (words.size)
      out.push({ in: other.id, words: [...words].sort() })
  }
  return out
}

function themeTell(q: QuizQuestion): string[] {
  const keys = keyIds(q)
  if (q.type !== 'single' && q.type !== 'multiple')
    return []
  const inKey = (re: RegExp) => q.options.some(o => keys.includes(o.id) && re.test(o.text))
  const inWrong = (re: RegExp) => q.options.some(o => !keys.includes(o.id) && re.test(o.text))
  return Object.entries(THEMES).filter(([, re]) => inKey(re) && !inWrong(re)).map(([name]) => name)
}

function absolutes(q: QuizQuestion): string[] {
  if (q.type !== 'single' && q.type !== 'multiple')
    return []
  const keys = keyIds(q)
  const found = (texts: string[]) => new Set(texts.flatMap(t => (t.match(ABSOLUTE) ?? []).map(w => w.toLowerCase())))
  const inKeys = found(q.options.filter(o => keys.includes(o.id)).map(o => o.text))
  return [...found(q.options.filter(o => !keys.includes(o.id)).map(o => o.text))].filter(w => !inKeys.has(w))
}

function pairedByWording(q: QuizQuestion): string[] {
  if (q.type !== 'matching')
    return []
  return q.options.filter((o) => {
    const item = distinctiveWords(o.text)
    const overlap = (text: string) => [...distinctiveWords(text)].filter(w => item.has(w)).length
    const own = overlap(q.targets.find(t => t.id === q.correct[o.id])?.text ?? '')
    return own > 0 && q.targets.filter(t => t.id !== q.correct[o.id]).every(t => overlap(t.text) < own)
  }).map(o => o.id)
}

function echoOf(q: QuizQuestion, article: string): ItemReport['echo'] {
  const statement = statementOf(q)
  if (q.type === 'truefalse')
    return { key: articleEcho(statement, article), wrong: 0 }
  if (q.type !== 'single' && q.type !== 'multiple')
    return undefined
  const keys = keyIds(q)
  const most = (opts: typeof q.options) => Math.max(0, ...opts.map(o => articleEcho(o.text, article)))
  return { key: most(q.options.filter(o => keys.includes(o.id))), wrong: most(q.options.filter(o => !keys.includes(o.id))) }
}

/** Every check on every question of the bank, in deck order; `article` is the article's text, for echo runs. */
export function checkItems(sections: readonly QuizSection[], article = ''): BankReport {
  const all = sections.flatMap(s => s.questions)
  const df = pairFrequency(all)
  const items = sections.flatMap(s => s.questions.map((q): ItemReport => ({
    id: q.id,
    section: s.id,
    type: q.type,
    leaks: leaksOf(q, all, df),
    keyLongest: q.type === 'single' ? q.options.find(o => o.id === q.correct)!.text.length >= Math.max(...q.options.map(o => o.text.length)) : undefined,
    themeTell: themeTell(q),
    absolutes: absolutes(q),
    hedged: q.type === 'truefalse' ? HEDGE.test(statementOf(q)) : undefined,
    pairedByWording: pairedByWording(q),
    echo: article ? echoOf(q, article) : undefined,
  })))
  const tf = all.filter(q => q.type === 'truefalse')
  const hedgedMeansTrue = tf.filter(q => HEDGE.test(statementOf(q)) === (q.correct === 'true')).length
  const echoMeansTrue = article ? tf.filter(q => (articleEcho(statementOf(q), article) >= ECHO_WORDS) === (q.correct === 'true')).length : 0
  return { items, hedgeRule: { hedgedMeansTrue, total: tf.length }, echoRule: { echoMeansTrue, total: tf.length } }
}

/** The better of a rule and its opposite ("hedged means true" or "…false"), as a share of the true/false keys it predicts. */
export function ruleShare(predicted: number, total: number): number {
  return total ? Math.max(predicted, total - predicted) / total : 0
}

export const hedgeRuleShare = ({ hedgedMeansTrue, total }: BankReport['hedgeRule']) => ruleShare(hedgedMeansTrue, total)

/** Whether an item has any flaw the checks see. */
export function isFlawed(r: ItemReport): boolean {
  return r.leaks.length > 0 || r.themeTell.length > 0 || r.absolutes.length > 0 || r.pairedByWording.length > 0 || (r.type !== 'truefalse' && echoTell(r.echo))
}
