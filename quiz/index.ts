/**
 * The quiz bank: every section file, validated once when first imported. Section order is deck order.
 *
 * Usage: `import { quizBank, findQuestion, sectionOfQuestion } from '../quiz'`
 */
import { validateBank } from './engine/schema'
import type { QuizQuestion, QuizSection } from './engine/types'
import context from './context'
import china from './china'
import interests from './interests'
import contours from './contours'
import limits from './limits'
import review from './review'

/** Section files keyed by path, so schema messages name the file. */
export const quizFiles: Record<string, unknown> = {
  'quiz/context.ts': context,
  'quiz/china.ts': china,
  'quiz/interests.ts': interests,
  'quiz/contours.ts': contours,
  'quiz/limits.ts': limits,
  'quiz/review.ts': review,
}

export const quizBank: QuizSection[] = validateBank(quizFiles)

const questionIndex = new Map<string, { question: QuizQuestion, section: QuizSection, index: number }>(
  quizBank.flatMap(section => section.questions.map((question, index) => [question.id, { question, section, index }] as const)),
)

/** The question, its section and its 0-based position there; throws for an unknown id. */
export function locateQuestion(id: string) {
  const found = questionIndex.get(id)
  if (!found) throw new Error(`Unknown quiz question "${id}"`)
  return found
}
