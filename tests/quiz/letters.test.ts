// The letters a learner sees, pinned. Worksheets, answer keys and handouts are printed and kept; if the
// display order changes (a reshuffle, a change to engine/order.ts), a printed key no longer matches the
// deck, so any such change must show up here and be made on purpose (update with `vitest -u` and say so).

import type { QuizQuestion } from '../../quiz/engine/types'
import { describe, expect, it } from 'vitest'
import { allQuestions } from '../../quiz/bank'
import { letter } from '../../quiz/engine/scoring'

/** The answer as the printed key gives it: letters, the ordering as shown positions, matching as letter → target. */
function keyOf(q: QuizQuestion): string {
  const at = (id: string) => letter(q.options.findIndex(o => o.id === id))
  switch (q.type) {
    case 'single':
    case 'truefalse': return at(q.correct)
    case 'multiple': return q.correct.map(at).sort().join(' ')
    case 'ordering': return q.correct.map(at).join(' ')
    case 'matching': return q.options.map(o => `${at(o.id)}→${q.targets.findIndex(t => t.id === q.correct[o.id]) + 1}`).join(' ')
  }
}

describe('the display order of every question', () => {
  it('gives the keys printed worksheets and answer keys carry', () => {
    expect(allQuestions.map(q => `${q.id}: ${keyOf(q)}`).join('\n')).toMatchInlineSnapshot(`
      "context-new-opportunities: B
      context-signals: A→2 B→1 C→2 D→1
      context-positive-sentiment: A
      context-key-questions: B C
      china-common-denominator: A
      china-rivalry-entente: C
      china-entente-chain: B D C A
      china-pca-ruling: B
      china-japan-worries: B D
      china-us-effects: A→2 B→3 C→1
      china-us-cornerstone: B
      interests-who-holds: A→2 B→1 C→1 D→2
      interests-russia-restricted: B
      interests-japan-reasons: A B D
      interests-us-policy-costs: A
      interests-who-needs-more: C
      interests-abe-timing: D
      interests-engage-china: A
      contours-web-first: D
      contours-what-each-offers: A→2 B→1 C→4
      contours-why-japan-tech: A B D
      contours-energy-urgency: C
      contours-legacy-elsewhere: A
      contours-wider-spectrum: A B D
      limits-no-breakthrough: B
      limits-abe-efforts: A D
      limits-why-manage-confrontation: D
      limits-kremlin-optics: B D
      limits-missile-defence-chain: C B D A
      limits-roadblock-consequence: A→3 B→1 C→4
      limits-leaders-position: C
      review-sanctions-chain: A D B C
      review-argument-map: A→2 B→3 C→1 D→3
      review-china-thread: A B E
      review-purely-economic: B
      review-claimed-or-hedged: A→2 B→1 C→1 D→3
      review-bottom-line: A"
    `)
  })
})
