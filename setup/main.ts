/**
 * App setup: during a seminar, the presenter view reports its slide to the seminar server so that the
 * audience's phones show the current quiz question. Static builds have no server and skip this.
 */
import { defineAppSetup } from '@slidev/types'
import { useDeckIndex } from '../composables/useDeckIndex'
import { reportPresenterSlide } from '../seminar/client'

export default defineAppSetup(({ router }) => {
  if (__DECK_SCORM__) void import('./scorm').then(m => m.startScorm(router))
  if (!import.meta.hot) return
  let deck: ReturnType<typeof useDeckIndex>['deck'] | undefined
  router.afterEach((to) => {
    deck ??= useDeckIndex().deck
    void reportPresenterSlide(to.path, deck.value.questionAt)
  })
})
