/**
 * Single choice: one right option among several. Its display order puts the key where it is least used so far
 * in its section (every true/false key counted), by letter and by place from the last option, so that neither
 * "always A" nor "always the last one" pays.
 */

import type { QuizQuestion, SingleChoiceQuestion } from '../types'
import type { QuestionKind } from './kind'
import { candidates, cheapest } from '../shuffle'
import { oneOption } from './oneOption'

/**
 * How much a key already in the same place from the end counts against a letter, beside a key at that letter.
 * Half: the letter stays first (no letter may hold more than 40% of the keys), and the place from the end breaks
 * what would otherwise send every key after a run of false statements to the last option.
 */
const FROM_END_WEIGHT = 0.5

const keyAt = (q: SingleChoiceQuestion, shown: QuizQuestion['options']) => shown.findIndex(o => o.id === q.correct)

export const single = {
  ...oneOption,
  fixedKey: () => undefined,
  order(q, { keys, fromEnd }) {
    const back = (at: number) => q.options.length - 1 - at
    const options = cheapest(candidates(q, q.options), (c) => {
      const at = keyAt(q, c)
      return (keys[at] ?? 0) + FROM_END_WEIGHT * (fromEnd[back(at)] ?? 0)
    })
    const at = keyAt(q, options)
    keys[at] = (keys[at] ?? 0) + 1
    fromEnd[back(at)] = (fromEnd[back(at)] ?? 0) + 1
    return { ...q, options }
  },
  worksheet: { hint: 'Circle one letter.', marker: 'letter' },
} satisfies QuestionKind<SingleChoiceQuestion>
