/** True/false: a statement; its options are `true` then `false`, and keep that order. */

import type { TrueFalseQuestion } from '../types'
import type { QuestionKind } from './kind'
import { oneOption } from './oneOption'

export const truefalse = {
  ...oneOption,
  fixedKey: q => q.options.findIndex(o => o.id === q.correct),
  order: q => q,
  worksheet: { hint: 'Circle True or False.', marker: 'letter' },
} satisfies QuestionKind<TrueFalseQuestion>
