/**
 * The deck's index (aliases, quiz slides, sections) from Slidev's slide list, plus links that respect
 * the base path the deck is served under.
 *
 * Usage: `const { deck, hrefOf, go } = useDeckIndex()`
 */

import { useNav } from '@slidev/client'
import { computed } from 'vue'
import { indexDeck } from './deckIndex'

export function useDeckIndex() {
  const nav = useNav()
  const deck = computed(() => indexDeck(nav.slides.value.map(s => ({ no: s.no, frontmatter: s.meta.slide.frontmatter }))))
  const hrefOf = (no: number) => `${import.meta.env.BASE_URL}${__SLIDEV_HASH_ROUTE__ ? '#/' : ''}${no}`
  const go = (no: number) => nav.go(no)
  return { nav, deck, hrefOf, go }
}
