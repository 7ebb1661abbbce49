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
      "context-backdrop: A
      context-signals: A C
      context-kurils: A C E
      context-putin-visit: B
      china-obor-rise: B D
      china-entente-terms: A E
      china-pca-ruling: A
      china-japan-wary: B D
      china-us-noted: C D
      china-abe-timing: B
      china-tokyo-options: D
      interests-kremlin-gains: B E
      interests-restricted: A
      interests-europe-attention: B
      interests-energy-partnership: A D
      interests-net-importer: C
      contours-legacy: D
      contours-energy-urgency: B E
      contours-four-reasons: C B D A
      contours-tech-significance: C
      contours-far-east-offset: B
      contours-central-asia: A
      contours-wider-spectrum: A C D
      limits-abe-odds: B D
      limits-prudent-role: C
      limits-roadblocks: C E
      limits-missile-stakes: B
      limits-demarcation: A
      limits-middle-ground: B
      limits-nationalism: A
      review-unequal: D
      review-china-roles: C D
      review-claimed-or-hedged: A→3 B→3 C→2 D→1
      review-fulcrum: B
      review-cornerstone: C
      review-biggest-winner: A
      review-bottom-line: A"
    `)
  })
})
