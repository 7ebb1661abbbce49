/**
 * Single choice: one right option among several. Its display order puts the key at the letter used least
 * so far in its section (every true/false key counted).
 */

import type { QuizQuestion, SingleChoiceQuestion } from '../types'
import type { QuestionKind } from './kind'
import { candidates, cheapest } from '../shuffle'
import { oneOption } from './oneOption'

const keyAt = (q: SingleChoiceQuestion, shown: QuizQuestion['options']) => shown.findIndex(o => o.id === q.correct)

export const single = {
  ...oneOption,
  fixedKey: () => undefined,
  order(q, { keys }) {
    const options = cheapest(candidates(q, q.options), c => keys[keyAt(q, c)] ?? 0)
    keys[keyAt(q, options)] = (keys[keyAt(q, options)] ?? 0) + 1
    return { ...q, options }
  },
  worksheet: { hint: 'Circle one letter.', marker: 'letter' },
} satisfies QuestionKind<SingleChoiceQuestion>
