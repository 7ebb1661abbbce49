/**
 * The quiz bank as Moodle XML, for a teacher to import into a graded Moodle quiz (Question bank → Import →
 * Moodle XML format). One category per section; options in the deck's display order, not shuffled, lettered
 * as on the slides and worksheets; one point a question.
 * - single choice → multichoice (one answer at 100 %); true/false → truefalse;
 * - select all that apply → multichoice with several answers: each right one earns 100/k %, each wrong one
 *   takes 100/k % away, as the deck scores it (Moodle floors the total at zero);
 * - matching → matching, items in display order (unused targets become extra wrong answers);
 * - ordering → matching too: each item is paired with its position ("Position 1", …), since core Moodle's
 *   matching exists in every version; partial credit per item in its right place, as in the deck.
 * Every right or wrong option's feedback gives its explanation and the article passage; matching and
 * ordering, which have no per-option feedback in Moodle, give them in the general feedback.
 *
 * Usage: `tsx scripts/moodle-xml.ts [out=exports/questions-moodle.xml]`
 */

import type { QuizOption, QuizQuestion, QuizSection } from '../engine/types'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { deckTitle } from '../../tools/scorm-package'
import { quizBank } from './index'

export const MOODLE_XML = 'questions-moodle.xml'

/** The grade fractions Moodle accepts on import (question_bank::fraction_options), as percentages. */
export const MOODLE_FRACTIONS = [100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5, 0]

/** The listed fraction for a share of 100 % (1/k); throws when Moodle has none (more than ten right options). */
export function shareOf(k: number): number {
  const exact = 100 / k
  const listed = MOODLE_FRACTIONS.find(f => Math.abs(f - exact) < 0.0001)
  if (listed === undefined)
    throw new Error(`Moodle has no grade of 1/${k}: give the question fewer right options`)
  return listed
}

const esc = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;')
const text = (s: string) => `<text>${esc(s)}</text>`
/** HTML content, escaped once for HTML and once for XML. */
const html = (h: string, tag = 'text') => `<${tag} format="html"><text>${esc(h)}</text></${tag}>`

function quotes(q: QuizQuestion): string {
  return q.sources.map(s => `<blockquote><p>${esc(s.quote)}</p><footer>The article, paragraph ${s.paragraph}</footer></blockquote>`).join('')
}

const feedback = (q: QuizQuestion, o: QuizOption) => html(`<p>${esc(o.explanation)}</p>${quotes(q)}`, 'feedback')

function header(q: QuizQuestion, type: string): string {
  return `  <question type="${type}">
    <name>${text(q.id)}</name>
    ${html(`<p>${esc(q.prompt)}</p>`, 'questiontext')}
    <defaultgrade>1</defaultgrade>
    <penalty>0</penalty>
    <hidden>0</hidden>
    <idnumber>${esc(q.id)}</idnumber>`
}

function answer(q: QuizQuestion, o: QuizOption, fraction: number): string {
  return `    <answer fraction="${fraction}" format="html">
      <text>${esc(`<p>${esc(o.text)}</p>`)}</text>
      ${feedback(q, o)}
    </answer>`
}

/** Explanations of every item, then the passage: general feedback for the types with no per-option feedback. */
function general(q: QuizQuestion): string {
  return html(`<ul>${q.options.map(o => `<li><strong>${esc(o.text)}</strong>: ${esc(o.explanation)}</li>`).join('')}</ul>${quotes(q)}`, 'generalfeedback')
}

function matchingBody(q: QuizQuestion, pairs: [string, string][], extra: string[]): string {
  const sub = (left: string, right: string) => `    <subquestion format="html">
      <text>${left ? esc(`<p>${esc(left)}</p>`) : ''}</text>
      <answer>${text(right)}</answer>
    </subquestion>`
  return `    ${general(q)}
    <shuffleanswers>false</shuffleanswers>
${[...pairs.map(([l, r]) => sub(l, r)), ...extra.map(r => sub('', r))].join('\n')}`
}

export function questionXml(q: QuizQuestion): string {
  switch (q.type) {
    case 'single':
      return `${header(q, 'multichoice')}
    <single>true</single>
    <shuffleanswers>false</shuffleanswers>
    <answernumbering>ABCD</answernumbering>
${q.options.map(o => answer(q, o, o.id === q.correct ? 100 : 0)).join('\n')}
  </question>`
    case 'multiple': {
      const share = shareOf(q.correct.length)
      return `${header(q, 'multichoice')}
    <single>false</single>
    <shuffleanswers>false</shuffleanswers>
    <answernumbering>ABCD</answernumbering>
${q.options.map(o => answer(q, o, q.correct.includes(o.id) ? share : -share)).join('\n')}
  </question>`
    }
    case 'truefalse':
      return `${header(q, 'truefalse')}
${q.options.map(o => `    <answer fraction="${o.id === q.correct ? 100 : 0}">
      ${text(o.id)}
      ${feedback(q, o)}
    </answer>`).join('\n')}
  </question>`
    case 'matching': {
      const target = (id: string) => q.targets.find(t => t.id === id)!.text
      const used = new Set(Object.values(q.correct))
      return `${header(q, 'matching')}
${matchingBody(q, q.options.map(o => [o.text, target(q.correct[o.id]!)]), q.targets.filter(t => !used.has(t.id)).map(t => t.text))}
  </question>`
    }
    case 'ordering':
      return `${header(q, 'matching')}
${matchingBody(q, q.options.map(o => [o.text, `Position ${q.correct.indexOf(o.id) + 1}`]), [])}
  </question>`
  }
}

export function moodleXml(sections: readonly QuizSection[] = quizBank, title = deckTitle()): string {
  const category = (s: QuizSection) => `  <question type="category">
    <category>${text(`$course$/top/${title}/${s.title}`)}</category>
  </question>`
  return `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
${sections.map(s => [category(s), ...s.questions.map(questionXml)].join('\n')).join('\n')}
</quiz>
`
}

/** Writes the bank's Moodle XML to `outFile`; returns the number of questions. */
export function writeMoodleXml(outFile: string): number {
  mkdirSync(dirname(outFile), { recursive: true })
  writeFileSync(outFile, moodleXml())
  return quizBank.reduce((n, s) => n + s.questions.length, 0)
}
