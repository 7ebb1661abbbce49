/**
 * The quiz as a reading check, measured: `print` writes the whole bank as a learner sees it printed (every
 * question in deck order, options lettered as displayed, no answers, no article), so that it can be given to
 * readers who have read the article and to readers who have not; `score` marks their answer sheets with the
 * deck's own scoring (partial credit as on the slides) and prints each reader's total and the questions every
 * closed-book reader got right. The readers and their figures are in bench/README.md ("Reading check").
 *
 * Usage: `npm run --silent exam -- print > exam.md`;
 *        `npm run --silent exam -- score bench/reading-check/*.txt` (files named `closed-…` are closed-book readers)
 */

import type { QuizQuestion, QuizResponse } from '../quiz/engine/types'
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import process from 'node:process'
import { allQuestions, quizBank } from '../quiz/bank'
import { formatScore, letter, scoreQuestion } from '../quiz/engine/scoring'

const HINTS: Record<QuizQuestion['type'], string> = {
  single: 'Choose one letter.',
  truefalse: 'Choose True or False.',
  multiple: 'Choose every letter that applies: each right choice earns its share of the point, each wrong one takes a share away (never below zero).',
  ordering: 'Give the letters in order, first to last.',
  matching: 'Give each numbered item the letter of its match, e.g. 1-B 2-A.',
}

/** The exam as text: a header, then every question numbered from 1 in deck order, under its section's title. */
export function examText(): string {
  const lines = [
    '# Reading check: “Searching for a common ground in Russia-Japan relations” (Russia Direct, 23 July 2016)',
    '',
    'Every question asks what this article says. Answer each on one line of your answer sheet, for example:',
    '`Q1: B` (one letter) · `Q2: A C` (every letter that applies) · `Q3: True` · `Q4: C A D B` (an order) · `Q5: 1-B 2-A 3-C` (a matching).',
  ]
  let n = 0
  for (const section of quizBank) {
    lines.push('', `## Quiz: ${section.title}`)
    for (const q of section.questions) {
      lines.push('', `**Q${++n}.** ${q.prompt}`, `*${HINTS[q.type]}*`)
      if (q.type === 'truefalse')
        continue
      if (q.type === 'matching') {
        q.options.forEach((o, i) => lines.push(`${i + 1}. ${o.text}`))
        lines.push('')
        q.targets.forEach((t, i) => lines.push(`${letter(i)}. ${t.text}`))
      }
      else {
        q.options.forEach((o, i) => lines.push(`${letter(i)}. ${o.text}`))
      }
    }
  }
  return `${lines.join('\n')}\n`
}

const LETTERS = /\b[A-F]\b/g
const PAIRS = /(\d+)\s*[-–→:]\s*([A-F])\b/g

/** One answer line of a sheet, as the deck's response to the question. */
export function parseAnswer(q: QuizQuestion, text: string): QuizResponse | undefined {
  const byLetter = (s: string) => q.options[s.charCodeAt(0) - 65]?.id
  switch (q.type) {
    case 'truefalse': {
      const t = text.trim().toLowerCase()
      return t.startsWith('t') || t.startsWith('a') ? 'true' : t.startsWith('f') || t.startsWith('b') ? 'false' : undefined
    }
    case 'single': return byLetter((text.match(LETTERS) ?? [])[0] ?? '')
    case 'multiple':
    case 'ordering': return (text.match(LETTERS) ?? []).map(byLetter).filter((x): x is string => !!x)
    case 'matching': {
      const pairs = Array.from(text.matchAll(PAIRS), m => [q.options[Number(m[1]) - 1]?.id, q.targets[m[2]!.charCodeAt(0) - 65]?.id])
      return Object.fromEntries(pairs.filter(([o, t]) => o && t))
    }
    default: {
      // A new question type does not compile until its answers can be read here.
      const unread: never = q
      return unread
    }
  }
}

/** `Q12: A C`, `**Q12.** A C`: a question's number and its answer. */
const ANSWER_LINE = /^\s*\**Q(\d+)\**[:.)] *(\S.*)$/gim
const EXTENSION = /\.\w+$/

/** Each question's score on one answer sheet (`Q<n>: …` lines; anything else is ignored). */
export function scoreSheet(sheet: string): number[] {
  const answers = new Map(Array.from(sheet.matchAll(ANSWER_LINE), m => [Number(m[1]), m[2]!]))
  return allQuestions.map((q, i) => {
    const text = answers.get(i + 1)
    return text === undefined ? 0 : scoreQuestion(q, parseAnswer(q, text))
  })
}

function main() {
  const [command, ...files] = process.argv.slice(2)
  if (command === 'print')
    return void process.stdout.write(examText())
  if (command !== 'score' || !files.length) {
    console.error('Usage: tsx bench/exam.ts print | score SHEET…')
    return void (process.exitCode = 2)
  }
  const total = allQuestions.length
  const sheets = files.map(f => ({ name: basename(f).replace(EXTENSION, ''), scores: scoreSheet(readFileSync(f, 'utf8')) }))
  for (const s of sheets) {
    const sum = s.scores.reduce((a, b) => a + b, 0)
    console.log(`${s.name.padEnd(28)} ${formatScore(sum).padStart(6)} of ${total}  (${Math.round(100 * sum / total)}%)`)
  }
  const closed = sheets.filter(s => s.name.startsWith('closed-'))
  if (closed.length) {
    const mean = closed.reduce((a, s) => a + s.scores.reduce((x, y) => x + y, 0), 0) / closed.length
    const allRight = allQuestions.filter((_, i) => closed.every(s => s.scores[i] === 1)).map(q => q.id)
    console.log(`\nClosed-book mean: ${formatScore(mean)} of ${total} (${Math.round(100 * mean / total)}%)`)
    console.log(`Right for every closed-book reader (${allRight.length}): ${allRight.join(', ') || 'none'}`)
    console.log('\nPer question, closed-book readers (score each):')
    allQuestions.forEach((q, i) => console.log(`  Q${String(i + 1).padStart(2)} ${q.id.padEnd(30)} ${closed.map(s => formatScore(s.scores[i]!)).join(' ')}`))
  }
}

if (import.meta.url === `file://${process.argv[1]}`)
  main()
