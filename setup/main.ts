/**
 * App setup: during a seminar, the presenter view reports its slide to the seminar server so that the
 * audience's phones show the current quiz question. Only the deck `npm run seminar` builds does this.
 */

import { defineAppSetup } from '@slidev/types'
import { useDeckIndex } from '../app/useDeckIndex'
import { isSeminarBuild, reportPresenterSlide } from '../seminar/client/useSeminar'

export default defineAppSetup(({ router }) => {
  if (__DECK_SCORM__)
    void import('../lms/startScorm').then(m => m.startScorm(router))
  if (!isSeminarBuild)
    return
  let deck: ReturnType<typeof useDeckIndex>['deck'] | undefined
  router.afterEach((to) => {
    deck ??= useDeckIndex().deck
    void reportPresenterSlide(to.path, deck.value.questionAt)
  })
})
