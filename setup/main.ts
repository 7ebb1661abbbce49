/**
 * App setup: in the SCORM package, the link to the LMS; during a seminar (a page the seminar's server
 * served), the presenter view reports its slide to that server so that the audience's phones show the
 * current quiz question.
 */

import { defineAppSetup } from '@slidev/types'
import { useDeckIndex } from '../app/useDeckIndex'
import { reportPresenterSlide, servedBySeminar } from '../seminar/client/useSeminar'

export default defineAppSetup(({ router }) => {
  if (__DECK_SCORM__)
    void import('../lms/startScorm').then(m => m.startScorm(router))
  if (!servedBySeminar())
    return
  let deck: ReturnType<typeof useDeckIndex>['deck'] | undefined
  router.afterEach((to) => {
    deck ??= useDeckIndex().deck
    void reportPresenterSlide(to.path, deck.value)
  })
})
