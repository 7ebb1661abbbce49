/**
 * The whole quiz bank, for Node (the preparser, export, Moodle XML, the seminar server, tests) and the
 * answer-key entry: every section file, in deck order, with each question's options in display order
 * (`engine/order.ts`). The deck's slides load it section by section instead (quiz/sections.ts). Validation is not done here: the bank is checked at build
 * (setup/preparser.ts) and by the bank test, so no schema code reaches learners.
 *
 * Usage: `import { quizBank, allQuestions, locateQuestion } from './index'`
 */

import type { QuizQuestion, QuizSection } from '../engine/types'
import china from '../china'
import context from '../context'
import contours from '../contours'
import { displayOrder } from '../engine/order'
import interests from '../interests'
import limits from '../limits'
import review from '../review'

/** Section files keyed by path, so schema messages name the file. */
export const quizFiles: Record<string, QuizSection> = {
  'quiz/context.ts': context,
  'quiz/china.ts': china,
  'quiz/interests.ts': interests,
  'quiz/contours.ts': contours,
  'quiz/limits.ts': limits,
  'quiz/review.ts': review,
}

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
