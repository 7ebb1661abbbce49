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
 * Written with fast-xml-parser's builder, which escapes for XML; the HTML inside is escaped once more.
 *
 * Usage: `tsx scripts/moodle-xml.ts [out=exports/questions-moodle.xml]`
 */

import type { QuestionOf } from '../engine/kinds'
import type { QuestionType, QuizOption, QuizQuestion, QuizSection } from '../engine/types'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { XMLBuilder } from 'fast-xml-parser'
import { escapeHtml } from '../../tools/html'
import { deckTitle } from '../../tools/scorm-package'
import { isKeyOption } from '../engine/scoring'
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

/** HTML content as Moodle stores it: the builder escapes it for XML (`format="html"`, text inside). */
const html = (h: string) => ({ '@_format': 'html', 'text': h })
const para = (s: string) => `<p>${escapeHtml(s)}</p>`

function quotes(q: QuizQuestion): string {
  return q.sources.map(s => `<blockquote>${para(s.quote)}<footer>The article, paragraph ${s.paragraph}</footer></blockquote>`).join('')
}

const feedback = (q: QuizQuestion, o: QuizOption) => html(`${para(o.explanation)}${quotes(q)}`)

/** Every question's first elements: its name, prompt, one point, and its id. */
function header(q: QuizQuestion, type: string) {
  return {
    '@_type': type,
    'name': { text: q.id },
    'questiontext': html(para(q.prompt)),
    'defaultgrade': 1,
    'penalty': 0,
    'hidden': 0,
    'idnumber': q.id,
  }
}

/** A multichoice answer: the option, its grade, its explanation and the passage. */
const answer = (q: QuizQuestion, o: QuizOption, fraction: number) => ({ '@_fraction': fraction, '@_format': 'html', 'text': para(o.text), 'feedback': feedback(q, o) })

/** Explanations of every item, then the passage: general feedback for the types with no per-option feedback. */
const general = (q: QuizQuestion) => html(`<ul>${q.options.map(o => `<li><strong>${escapeHtml(o.text)}</strong>: ${escapeHtml(o.explanation)}</li>`).join('')}</ul>${quotes(q)}`)

/** A matching body: each item's pair, then spare targets as answers with no item. */
function matchingBody(q: QuizQuestion, pairs: [string, string][], extra: string[]) {
  const sub = (left: string, right: string) => ({ '@_format': 'html', 'text': left ? para(left) : '', 'answer': { text: right } })
  return {
    generalfeedback: general(q),
    shuffleanswers: 'false',
    subquestion: [...pairs.map(([l, r]) => sub(l, r)), ...extra.map(r => sub('', r))],
  }
}

const choices = (single: boolean) => ({ single: String(single), shuffleanswers: 'false', answernumbering: 'ABCD' })

/** How each question type becomes a Moodle question: a new type does not compile until it has a way. */
const BODIES = {
  single: q => ({ ...header(q, 'multichoice'), ...choices(true), answer: q.options.map(o => answer(q, o, isKeyOption(q, o.id) ? 100 : 0)) }),
  multiple(q) {
    const share = shareOf(q.correct.length)
    return { ...header(q, 'multichoice'), ...choices(false), answer: q.options.map(o => answer(q, o, isKeyOption(q, o.id) ? share : -share)) }
  },
  truefalse: q => ({ ...header(q, 'truefalse'), answer: q.options.map(o => ({ '@_fraction': isKeyOption(q, o.id) ? 100 : 0, 'text': o.id, 'feedback': feedback(q, o) })) }),
  matching(q) {
    const target = (id: string) => q.targets.find(t => t.id === id)!.text
    const used = new Set(Object.values(q.correct))
    return { ...header(q, 'matching'), ...matchingBody(q, q.options.map(o => [o.text, target(q.correct[o.id]!)]), q.targets.filter(t => !used.has(t.id)).map(t => t.text)) }
  },
  ordering: q => ({ ...header(q, 'matching'), ...matchingBody(q, q.options.map(o => [o.text, `Position ${q.correct.indexOf(o.id) + 1}`]), []) }),
} satisfies { [T in QuestionType]: (q: QuestionOf<T>) => object }

/** One question as the object the XML builder writes. */
export const questionXml = (q: QuizQuestion): object => (BODIES[q.type] as (q: QuizQuestion) => object)(q)

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ', suppressEmptyNode: false })

export function moodleXml(sections: readonly QuizSection[] = quizBank, title = deckTitle()): string {
  const category = (s: QuizSection) => ({ '@_type': 'category', 'category': { text: `$course$/top/${title}/${s.title}` } })
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    'quiz': { question: sections.flatMap(s => [category(s), ...s.questions.map(questionXml)]) },
  })
}

/** Writes the bank's Moodle XML to `outFile`; returns the number of questions. */
export function writeMoodleXml(outFile: string): number {
  mkdirSync(dirname(outFile), { recursive: true })
  writeFileSync(outFile, moodleXml())
  return quizBank.reduce((n, s) => n + s.questions.length, 0)
}
