/**
 * Ordering: put every item in its place; each item in place earns its share. It never starts in the right
 * order or its reverse, has at most one item in place where it can, and never starts from the same
 * scramble as another ordering question in its section.
 */

import type { OrderingQuestion, QuizQuestion } from '../types'
import type { QuestionKind } from './kind'
import { candidates, cheapest } from '../shuffle'
import { asList, decodeList, encodeChosen, textOf } from './shared'

/** The scramble as a pattern: for each shown position, the index of its item in the right order. */
const pattern = (q: OrderingQuestion, shown: QuizQuestion['options']) => shown.map(o => q.correct.indexOf(o.id)).join(',')

export const ordering = {
  select: 'place',
  votable: false,
  answered(q, r) {
    const list = asList(r)
    return list.length === q.options.length && q.options.every(o => list.includes(o.id))
  },
  score(q, r) {
    const list = asList(r)
    return q.correct.filter((x, i) => list[i] === x).length / q.correct.length
  },
  solution: q => [...q.correct],
  inKey: () => true,
  optionRight: (q, r, id) => asList(r).indexOf(id) === q.correct.indexOf(id),
  summary: (q, r) => `${q.options.filter(o => asList(r).indexOf(o.id) === q.correct.indexOf(o.id)).length} of ${q.options.length} in the right place`,
  solutionItems: q => q.correct.map((id, i) => `${i + 1}. ${textOf(q, id)}`),
  solutionJoin: ' → ',
  targets: () => [],
  fixedKey: () => undefined,
  order(q, { used }) {
    const n = q.correct.length
    const right = Array.from({ length: n }, (_, i) => i).join(',')
    const reverse = Array.from({ length: n }, (_, i) => n - 1 - i).join(',')
    const allowed = (shown: QuizQuestion['options']) => ![right, reverse].includes(pattern(q, shown)) && !used.has(pattern(q, shown))
    // One item already in place is as a random scramble would often have it; more gives points away.
    const inPlace = (shown: QuizQuestion['options']) => Math.max(1, shown.filter((o, i) => q.correct[i] === o.id).length)
    // More candidates than usual: short lists have few scrambles, and earlier questions may have taken some.
    const pool = Array.from({ length: 8 }, (_, k) => candidates(q, q.options, `:${k}`)).flat().filter(allowed)
    if (!pool.length)
      throw new Error(`Ordering question "${q.id}" has no unused scramble left; give it more items.`)
    const options = cheapest(pool, inPlace)
    used.add(pattern(q, options))
    return { ...q, options }
  },
  encode: encodeChosen,
  decode: decodeList,
  worksheet: { hint: 'Number the items from 1 (first) to the last.', marker: 'blank' },
  mark: 'place',
} satisfies QuestionKind<OrderingQuestion>
