/**
 * The parts that the two one-option kinds (single choice and true/false) share: one option id is the
 * response, and it is right or wrong as a whole.
 *
 * Usage: `export const single = { ...oneOption, order, fixedKey, worksheet } satisfies QuestionKind<SingleChoiceQuestion>`
 */

import type { SingleChoiceQuestion, TrueFalseQuestion } from '../types'
import type { QuestionKind } from './kind'
import { decodePositions, encodeChosen, lettered } from './shared'

type OneOptionQuestion = SingleChoiceQuestion | TrueFalseQuestion

export const oneOption = {
  select: 'one',
  votable: true,
  answered: (q, r) => typeof r === 'string' && q.options.some(o => o.id === r),
  score: (q, r) => (r === q.correct ? 1 : 0),
  solution: q => q.correct,
  inKey: (q, id) => q.correct === id,
  optionRight: (q, _r, id) => q.correct === id,
  summary: () => undefined,
  solutionItems: q => [lettered(q, q.correct)],
  solutionJoin: '; ',
  targets: () => [],
  encode: encodeChosen,
  decode(q, text) {
    const list = decodePositions(q.options, text)
    return list?.length === 1 ? list[0] : undefined
  },
  mark: 'choice',
} satisfies Omit<QuestionKind<OneOptionQuestion>, 'order' | 'fixedKey' | 'worksheet'>
