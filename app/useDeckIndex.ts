/**
 * The deck's index (aliases, quiz slides, sections) from Slidev's slide list, and Slidev's navigation.
 * Links to slides come from the router (app/routeHref.ts), which knows the base and the router mode.
 *
 * Usage: `const { nav, deck, go } = useDeckIndex()`
 */

import { useNav } from '@slidev/client'
import { computed } from 'vue'
import { indexDeck } from './deckIndex'

export function useDeckIndex() {
  const nav = useNav()
  const deck = computed(() => indexDeck(nav.slides.value.map(s => ({ no: s.no, frontmatter: s.meta.slide.frontmatter }))))
  const go = (no: number) => nav.go(no)
  return { nav, deck, go }
}
