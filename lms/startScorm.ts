/**
 * The SCORM package's link to the LMS (built with DECK_TARGET=scorm; other builds leave this module out).
 * On load: find the LMS API, start the session, take the learner's answers and slide from the LMS. Then
 * report after every Check (any change of a question's status or score), keep the slide as
 * lesson_location, and finish when the page goes away. Opened outside an LMS, it does nothing.
 *
 * The LMS is the record here: on a shared computer the browser's saved answers may be someone else's, so
 * they are replaced by what the LMS kept (nothing, on a first launch).
 *
 * Usage: `if (__DECK_SCORM__) void import('./startScorm').then(m => m.startScorm(router))` in setup/main.ts
 */

import type { Router } from 'vue-router'
import type { QuizQuestion } from '../quiz/engine/types'
import { watch } from 'vue'
import { loadQuizSections, useQuizProgress } from '../app/useQuizProgress'
import { createScormSession, findApi } from './scorm12'

/** One line at the foot of the screen, empty unless the LMS refuses a call; a status region, so it is announced. */
function noticeLine(): HTMLElement {
  const line = document.createElement('p')
  line.setAttribute('role', 'status')
  line.className = 'scorm-notice'
  line.style.cssText = 'position:fixed;z-index:60;left:50%;bottom:0.5rem;transform:translateX(-50%);margin:0;max-width:90vw;font:0.85rem/1.3 sans-serif;'
  document.body.append(line)
  return line
}

/** Shows the one line: the course is not recording scores; `reason` goes to the console and the tooltip. */
function notRecording(line: HTMLElement, reason: string) {
  console.warn(`SCORM: ${reason}`)
  line.title = reason
  line.textContent = 'Your course is not recording quiz scores; your answers stay in this browser.'
  line.style.cssText += 'padding:0.3rem 0.8rem;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;background:#fff4d6;color:#5a3d00;border:1px solid #c89b2c;border-radius:0.3rem;'
}

/** The score is over the whole bank, so every section loads now, not slide by slide; a failed fetch is tried once more. */
async function wholeBank(): Promise<QuizQuestion[]> {
  try {
    return (await loadQuizSections()).flatMap(s => s.questions)
  }
  catch {
    return (await loadQuizSections()).flatMap(s => s.questions)
  }
}

export async function startScorm(router: Router) {
  const api = findApi(window as unknown as Parameters<typeof findApi>[0])
  if (!api)
    return
  const line = noticeLine()
  let allQuestions: QuizQuestion[]
  try {
    allQuestions = await wholeBank()
  }
  catch (error) {
    return notRecording(line, `the quiz questions could not be loaded (${error instanceof Error ? error.message : String(error)})`)
  }
  const session = createScormSession(api, {
    questions: allQuestions,
    onRefused: reason => notRecording(line, reason),
  })
  const saved = session.start()
  if (!saved)
    return
  const store = useQuizProgress()
  store.restore(saved.answers)

  const signature = () => allQuestions.map(q => `${store.statusOf(q.id)}:${store.scoreOf(q.id)}`).join()
  let reported = signature()
  watch(() => store.answers, () => {
    if (signature() === reported)
      return
    reported = signature()
    session.report(store.answers)
  }, { deep: true })

  await router.isReady()
  const here = router.currentRoute.value.path
  if (saved.location && ['/', '/1'].includes(here))
    await router.replace(`/${saved.location}`)
  session.setLocation(router.currentRoute.value.path.slice(1) || '1')
  router.afterEach(to => session.setLocation(to.path.slice(1) || '1'))
  window.addEventListener('pagehide', () => session.finish(store.answers))
}
