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
      "context-opportunities: C
      context-backdrop: B
      context-signals: A D
      context-stumbling-block: D
      context-treaty-hope: B
      context-key-questions: A
      china-obor: D
      china-entente-balance: A
      china-pca-ruling: C
      china-japan-wary: A D
      china-us-effects: A→2 B→3 C→4
      china-tokyo-options: B
      china-us-cornerstone: A
      interests-entente-why: C
      interests-breathing-space: D
      interests-sympathetic-view: A
      interests-europe-attention: B
      interests-japan-gains: A D
      contours-web: D
      contours-four-reasons: D C A B
      contours-tech-significance: C
      contours-far-east: B
      contours-energy-urgency: A
      contours-other-neighbours: B
      contours-wider-spectrum: A C D
      limits-abe-odds: B D
      limits-prudent-role: B
      limits-daunting: C
      limits-missile-defence: D
      limits-demarcation: A
      limits-nationalism: A
      limits-middle-ground: C
      review-china-roles: B E
      review-argument-map: A→3 B→1 C→2 D→2
      review-claimed-or-hedged: A→3 B→1 C→2 D→2
      review-purely-economic: A
      review-bottom-line: D"
    `)
  })
})
