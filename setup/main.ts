/**
 * App setup: during a seminar, the presenter view reports its slide to the seminar server so that the
 * audience's phones show the current quiz question. Static builds have no server and skip this.
 */
import { useNav } from '@slidev/client'
import { defineAppSetup } from '@slidev/types'
import { indexDeck } from '../quiz/engine/deckIndex'
import { reportPresenterSlide } from '../seminar/client'

export default defineAppSetup(({ router }) => {
  if (!import.meta.hot) return
  router.afterEach((to) => {
    const nav = useNav()
    const deck = indexDeck(nav.slides.value.map(s => ({ no: s.no, frontmatter: s.meta.slide.frontmatter })))
    void reportPresenterSlide(to.path, deck.questionAt)
  })
})
