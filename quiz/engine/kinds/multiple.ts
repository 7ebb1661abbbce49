/**
 * Select all that apply: one or more right options. Each right choice earns its share of the point and
 * each wrong one takes a share away, never below zero. The display order splits the right options
 * between the halves as fairly as their number allows.
 */

import type { MultipleChoiceQuestion } from '../types'
import type { QuestionKind } from './kind'
import { candidates, cheapest } from '../shuffle'
import { asChosen, asList, decodeList, encodeChosen, lettered } from './shared'

export const multiple = {
  select: 'many',
  votable: true,
  answered: (q, r) => asList(r).some(x => q.options.some(o => o.id === x)),
  score(q, r) {
    const chosen = new Set(asList(r))
    const right = q.correct.filter(x => chosen.has(x)).length
    const wrong = [...chosen].filter(x => !q.correct.includes(x)).length
    return Math.max(0, (right - wrong) / q.correct.length)
  },
  solution: q => [...q.correct],
  inKey: (q, id) => q.correct.includes(id),
  optionRight: (q, _r, id) => q.correct.includes(id),
  summary(q, r) {
    const chosen = [...asChosen(r)]
    const right = chosen.filter(id => q.correct.includes(id)).length
    return `${right} of ${q.correct.length} right choices, ${chosen.length - right} wrong`
  },
  solutionItems: q => q.options.filter(o => q.correct.includes(o.id)).map(o => lettered(q, o.id)), // in letter order
  solutionJoin: '; ',
  targets: () => [],
  fixedKey: () => undefined,
  order(q) {
    // As many right answers in the first half as a fair split would put there: fewer would make the
    // second half the tell.
    const half = Math.ceil(q.options.length / 2)
    const fair = q.correct.length * half / q.options.length
    const options = cheapest(candidates(q, q.options), c => Math.abs(c.slice(0, half).filter(o => q.correct.includes(o.id)).length - fair))
    return { ...q, options }
  },
  encode: encodeChosen,
  decode: decodeList,
  worksheet: { hint: 'Circle every letter that applies.', marker: 'letter' },
  mark: 'choice',
} satisfies QuestionKind<MultipleChoiceQuestion>
