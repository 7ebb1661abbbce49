/**
 * A quiz component that needs files from the network before it can show (its code and its section's
 * questions): Vue's async component, tried up to three times, then one line that says what happened
 * instead of a blank slide. Slidev keeps a slide mounted once it has loaded, so without this a fetch that
 * failed once (a flaky room network, an LMS serving files slowly) left the quiz blank until a reload.
 *
 * Usage: `const QuizCard = asyncQuizComponent(() => import('../components/QuizCard.vue').then(m => m.default))`;
 * a route's loader can fall back to `QuizLoadError` itself.
 */

import type { Component } from 'vue'
import { defineAsyncComponent, defineComponent, h } from 'vue'

export const LOAD_ATTEMPTS = 3
export const LOAD_ERROR = 'The quiz questions could not be loaded. Check the connection, then reload the page.'

export const QuizLoadError = defineComponent({
  name: 'QuizLoadError',
  setup: () => () => h('p', { role: 'alert', class: 'quiz-load-error' }, LOAD_ERROR),
})

const Nothing = defineComponent({ name: 'QuizLoadFailedQuietly', setup: () => () => null })

export interface AsyncQuizOptions {
  /** Show nothing on failure (a second component beside one that already says so). */
  quiet?: boolean
  retryDelayMs?: number
}

export function asyncQuizComponent(loader: () => Promise<Component>, { quiet = false, retryDelayMs = 800 }: AsyncQuizOptions = {}): Component {
  return defineAsyncComponent({
    loader,
    errorComponent: quiet ? Nothing : QuizLoadError,
    onError(error, retry, fail, attempts) {
      if (attempts < LOAD_ATTEMPTS)
        return void setTimeout(retry, retryDelayMs * attempts)
      console.warn('Quiz questions could not be loaded:', error)
      fail()
    },
  })
}
