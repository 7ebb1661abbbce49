/**
 * Types for quiz content. Quiz sections are plain data written through `defineQuiz`;
 * the schema in `schema.ts` checks them when the bank loads.
 *
 * Usage: `export default defineQuiz({ id: 'china', title: 'The China factor', questions: [...] })`
 */

/** One answer option (or ordering item, or matching item). Ids are stable: saved answers store them. */
export interface QuizOption {
  id: string
  text: string
  /** Why this option is right or wrong; shown after Check. */
  explanation: string
}

/** A verbatim passage of the article and the paragraph it stands in (numbered as `content/article.ts` says). */
export interface QuizSource {
  paragraph: number
  quote: string
}

interface QuestionBase {
  /** Stable id, unique across the whole deck, kebab-case. */
  id: string
  prompt: string
  /** The article passages that justify the answer: one, or one for each passage the answer rests on. */
  sources: QuizSource[]
  /** `routeAlias` of the slide that teaches the answer. */
  slide: string
  /**
   * What the question tests: the article's `argument` (why, cause and effect, trade-offs, what it claims
   * versus what it hedges, where a point belongs in the argument) or `recall` (a fact, a list, a phrase).
   */
  skill: QuestionSkill
}

/** What a question tests; at least 60% of the bank tests the argument (tests/quiz/bank.test.ts). */
export type QuestionSkill = 'argument' | 'recall'

/** One right option among several. */
export interface SingleChoiceQuestion extends QuestionBase {
  type: 'single'
  options: QuizOption[]
  correct: string
}

/** "Select all that apply": one or more right options, partial credit. */
export interface MultipleChoiceQuestion extends QuestionBase {
  type: 'multiple'
  options: QuizOption[]
  correct: string[]
}

/** A statement that is true or false; options must be ids `true` and `false`. */
export interface TrueFalseQuestion extends QuestionBase {
  type: 'truefalse'
  options: QuizOption[]
  correct: 'true' | 'false'
}

/** Put items in order. `options` is the order shown first (never already correct). */
export interface OrderingQuestion extends QuestionBase {
  type: 'ordering'
  options: QuizOption[]
  /** Every option id, in the right order. */
  correct: string[]
}

/** A target that matching items are paired with. */
export interface MatchTarget {
  id: string
  text: string
}

/** Pair each option (left) with one target (right); targets may repeat. */
export interface MatchingQuestion extends QuestionBase {
  type: 'matching'
  options: QuizOption[]
  targets: MatchTarget[]
  /** Option id → target id. */
  correct: Record<string, string>
}

export type QuizQuestion
  = | SingleChoiceQuestion
    | MultipleChoiceQuestion
    | TrueFalseQuestion
    | OrderingQuestion
    | MatchingQuestion

export type QuestionType = QuizQuestion['type']

/** One section's quiz; the file is `quiz/<id>.ts`. */
export interface QuizSection {
  id: string
  title: string
  questions: QuizQuestion[]
}

/** A learner's response: an option id, a list of ids (multiple, ordering), or a map (matching). */
export type QuizResponse = string | string[] | Record<string, string>

/** Zero-cost identity helper that gives quiz files their types. */
export function defineQuiz(section: QuizSection): QuizSection {
  return section
}
