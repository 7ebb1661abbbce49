/**
 * What each question tests: the article's argument (why, cause and effect, trade-offs, what it claims
 * versus what it hedges) or recall (a fact, a list, a phrase). Kept beside the bank rather than in it,
 * so the question schema stays as it is; the bank test checks that every question is tagged and that
 * at least 60% test the argument.
 *
 * Usage: `questionSkill['china-rivalry-entente'] === 'argument'`
 */
export type QuestionSkill = 'argument' | 'recall'

export const questionSkill: Record<string, QuestionSkill> = {
  'context-new-opportunities': 'recall',
  'context-signals': 'recall',
  'context-positive-sentiment': 'argument',
  'context-key-questions': 'recall',

  'china-common-denominator': 'recall',
  'china-rivalry-entente': 'argument',
  'china-entente-chain': 'argument',
  'china-pca-ruling': 'argument',
  'china-japan-worries': 'recall',
  'china-us-effects': 'argument',
  'china-us-cornerstone': 'argument',

  'interests-who-holds': 'recall',
  'interests-russia-restricted': 'argument',
  'interests-japan-reasons': 'argument',
  'interests-us-policy-costs': 'argument',
  'interests-who-needs-more': 'argument',
  'interests-abe-timing': 'argument',
  'interests-engage-china': 'argument',

  'contours-web-first': 'argument',
  'contours-what-each-offers': 'recall',
  'contours-why-japan-tech': 'argument',
  'contours-energy-urgency': 'argument',
  'contours-legacy-elsewhere': 'argument',
  'contours-wider-spectrum': 'recall',

  'limits-no-breakthrough': 'recall',
  'limits-abe-efforts': 'recall',
  'limits-why-manage-confrontation': 'argument',
  'limits-kremlin-optics': 'argument',
  'limits-missile-defence-chain': 'argument',
  'limits-roadblock-consequence': 'argument',
  'limits-leaders-position': 'argument',

  'review-sanctions-chain': 'argument',
  'review-argument-map': 'argument',
  'review-china-thread': 'argument',
  'review-purely-economic': 'argument',
  'review-claimed-or-hedged': 'argument',
  'review-bottom-line': 'argument',
}
