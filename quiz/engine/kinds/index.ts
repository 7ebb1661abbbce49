/**
 * The question-kind registry: every question type's module, collected so that TypeScript keeps it complete.
 * A new type in `QuestionType` does not compile until it has a kind here, and a kind does not compile
 * until it answers every part of `QuestionKind`.
 *
 * Usage: `kindOf(q).answered(q, r)`; `kinds.multiple.select`
 */

import type { QuestionType, QuizQuestion } from '../types'
import type { QuestionKind, QuestionOf } from './kind'
import { matching } from './matching'
import { multiple } from './multiple'
import { ordering } from './ordering'
import { single } from './single'
import { truefalse } from './truefalse'

export type { OrderContext, QuestionKind, QuestionOf } from './kind'

export const kinds = { single, multiple, truefalse, ordering, matching } satisfies { [T in QuestionType]: QuestionKind<QuestionOf<T>> }

/** Every question type, in the registry's order. */
export const QUESTION_TYPES = Object.keys(kinds) as QuestionType[]

/** The kind of this question, typed for it. */
export function kindOf<Q extends QuizQuestion>(q: Q): QuestionKind<Q> {
  // The one cast: TypeScript cannot tie `kinds[q.type]` to `q`'s own type.
  return kinds[q.type] as unknown as QuestionKind<Q>
}
