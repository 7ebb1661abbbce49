/**
 * Keys: Slidev's own, and in a seminar `r`, **Reveal now**: on a votable quiz slide before its reveal step, it jumps
 * to the reveal, skipping the discussion and round 2 (for a round 1 above 70% right, or below 30%). Anywhere else,
 * and on a static host, it does nothing.
 */

import { useNav } from '@slidev/client'
import { defineShortcutsSetup } from '@slidev/types'
import { outOfPlan, servedBySeminar } from '../seminar/client/useSeminar'

export default defineShortcutsSetup((_, base) => {
  if (!servedBySeminar())
    return base
  const nav = useNav()
  function revealNow() {
    const frontmatter = nav.currentSlideRoute.value?.meta.slide?.frontmatter as Record<string, unknown> | undefined
    if (typeof frontmatter?.seminarClicks !== 'number' || typeof frontmatter.quiz !== 'string' || outOfPlan(frontmatter.quiz))
      return
    const clicks = nav.clicksContext.value
    if (clicks.current < clicks.total)
      clicks.current = clicks.total
  }
  return [...base, { name: 'seminar_reveal_now', key: 'r', fn: revealNow }]
})
