// The letters a learner sees, pinned. Worksheets, answer keys and handouts are printed and kept; if the
// display order changes (a reshuffle, a change to engine/order.ts), a printed key no longer matches the
// deck, so any such change must show up here and be made on purpose (update with `vitest -u` and say so).

import type { QuizQuestion } from '../../quiz/engine/types'
import { describe, expect, it } from 'vitest'
import { allQuestions } from '../../quiz'
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
      "context-backdrop: C
      context-signals: A C
      context-new-approach: A
      context-treaty-hope: B
      china-obor: B E
      china-entente-terms: B E
      china-pca-ruling: D
      china-japan-wary: C D
      china-us-noted: A E
      china-abe-timing: B
      china-tokyo-options: A
      interests-entente-why: A
      interests-kremlin-gains: A D
      interests-restricted: C
      interests-europe-attention: B
      interests-china-customer: A
      interests-hydrocarbons: D
      interests-abe-legacy: D
      contours-web: C
      contours-energy-urgency: B D
      contours-four-reasons: D C A B
      contours-tech-significance: D
      contours-other-neighbours: A
      contours-central-asia: B
      contours-wider-spectrum: A C D
      limits-abe-odds: B D
      limits-kremlin-optics: B
      limits-roadblocks: C E
      limits-kuril-cause: D
      limits-demarcation: C
      limits-nationalism: A
      limits-middle-ground: A
      review-unequal: C
      review-china-roles: C E
      review-claimed-or-hedged: A→3 B→1 C→2 D→1
      review-cornerstone: A
      review-bottom-line: B"
    `)
  })
})
