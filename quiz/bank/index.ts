/**
 * The whole quiz bank, for Node (the preparser, export, Moodle XML, the seminar server, tests): every
 * section of the manifest (quiz/sections.ts), in deck order, with each question's options in display order
 * (`engine/order.ts`). The deck's slides load it section by section instead. Validation is not done here:
 * the bank is checked at build (setup/preparser.ts) and by the bank test, so no schema code reaches learners.
 *
 * Usage: `import { quizBank, allQuestions, locateQuestion } from './index'`
 */

import type { QuizQuestion, QuizSection } from '../engine/types'
import { displayOrder } from '../engine/order'
import { SECTION_FILES, SECTION_IDS } from '../sections'

/** Section files keyed by path, so schema messages name the file: the manifest's files, loaded once. */
// eslint-disable-next-line antfu/no-top-level-await -- Node loads the manifest's lazy files once, here, so that the bank is plain data for every caller
export const quizFiles: Record<string, QuizSection> = Object.fromEntries(await Promise.all(
  SECTION_IDS.map(async id => [`quiz/${id}.ts`, (await SECTION_FILES[id]()).default] as const),
))

export const quizBank: QuizSection[] = displayOrder(Object.values(quizFiles))

/** Every question in deck order. */
export const allQuestions: QuizQuestion[] = quizBank.flatMap(s => s.questions)

const questionIndex = new Map<string, { question: QuizQuestion, section: QuizSection, index: number }>(
  quizBank.flatMap(section => section.questions.map((question, index) => [question.id, { question, section, index }] as const)),
)

/** The question, its section and its 0-based position there; throws for an unknown id. */
export function locateQuestion(id: string) {
  const found = questionIndex.get(id)
  if (!found)
    throw new Error(`Unknown quiz question "${id}"`)
  return found
}
