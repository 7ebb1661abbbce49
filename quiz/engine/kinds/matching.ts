/**
 * Matching: pair each item with one target (targets may repeat); each right pair earns its share. The
 * display order pairs as few items as it can with the target at the same position.
 */

import type { MatchingQuestion } from '../types'
import type { QuestionKind } from './kind'
import { candidates, cheapest } from '../shuffle'
import { asMap, decodePairs, encodePairs } from './shared'

export const matching = {
  select: 'place',
  votable: false,
  answered(q, r) {
    const map = asMap(r)
    return q.options.every(o => q.targets.some(t => t.id === map[o.id]))
  },
  score(q, r) {
    const map = asMap(r)
    const ids = Object.keys(q.correct)
    return ids.filter(x => map[x] === q.correct[x]).length / ids.length
  },
  solution: q => ({ ...q.correct }),
  inKey: () => true,
  optionRight: (q, r, id) => asMap(r)[id] === q.correct[id],
  summary: (q, r) => `${q.options.filter(o => asMap(r)[o.id] === q.correct[o.id]).length} of ${q.options.length} pairs right`,
  solutionItems: q => q.options.map(o => `${o.text} → ${q.targets.find(t => t.id === q.correct[o.id])?.text ?? ''}`),
  solutionJoin: '; ',
  targets: q => q.targets,
  fixedKey: () => undefined,
  order(q) {
    const targets = candidates(q, q.targets, ':targets')
    const pairs = candidates(q, q.options).map((options, i) => ({ options, targets: targets[i]! }))
    const diagonal = (p: typeof pairs[number]) => p.options.filter((o, i) => p.targets[i]?.id === q.correct[o.id]).length
    return { ...q, ...cheapest(pairs, diagonal) }
  },
  encode: (q, r) => (r !== undefined && typeof r === 'object' && !Array.isArray(r) ? encodePairs(q.options, q.targets, r) : ''),
  decode: (q, text) => decodePairs(q.options, q.targets, text),
  worksheet: { hint: 'Write the letter of the matching choice beside each item.', marker: 'blank' },
  mark: 'pair',
} satisfies QuestionKind<MatchingQuestion>
