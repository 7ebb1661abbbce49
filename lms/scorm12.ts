/**
 * The deck as a SCORM 1.2 SCO: finds the LMS's API, resumes the learner's answers and slide, reports the
 * score and status after each Check, and finishes the session. Plain TypeScript over the API object, so it
 * is tested with a fake; lms/startScorm.ts connects it to the browser.
 *
 * The score is points over the whole bank (one per question, partial credit as on the slides). The status
 * stays `incomplete` until every question is done (checked, or its solution shown), then it is `passed` or
 * `failed` against the mastery score. An LMS that refuses a call is reported once through `onRefused`; the
 * deck goes on working.
 *
 * Usage: `const api = findApi(window)`; `const lms = createScormSession(api, { questions, onRefused })`;
 * `const saved = lms.start()`; `lms.report(answers)`; `lms.setLocation('12')`; `lms.finish(answers)`
 */

import type { SavedAnswer } from '../quiz/engine/storage'
import type { QuizQuestion } from '../quiz/engine/types'
import { DEFAULT_MASTERY_PERCENT, masteryPoints, round2, totalPoints } from '../quiz/engine/scoring'
import { decodeSuspendData, encodeSuspendData } from './suspend'

/** The SCORM 1.2 run-time API, as an LMS puts it on `window.API`. Every call answers with a string. */
export interface Scorm12Api {
  LMSInitialize: (arg: '') => string | boolean
  LMSFinish: (arg: '') => string | boolean
  LMSGetValue: (element: string) => string
  LMSSetValue: (element: string, value: string) => string | boolean
  LMSCommit: (arg: '') => string | boolean
  LMSGetLastError: () => string | number
  LMSGetErrorString: (code: string) => string
}

/** The part of `Window` the API search walks. */
export interface ApiWindow {
  API?: unknown
  parent?: ApiWindow | null
  opener?: ApiWindow | null
}

function isApi(x: unknown): x is Scorm12Api {
  return !!x && typeof x === 'object' && ['LMSInitialize', 'LMSSetValue', 'LMSGetValue', 'LMSCommit', 'LMSFinish'].every(k => typeof (x as Record<string, unknown>)[k] === 'function')
}

/** Looks in `win` and up its parents (at most 7 levels, as ADL's APIWrapper does); a cross-origin frame ends the search. */
function searchUp(start: ApiWindow | null | undefined): Scorm12Api | undefined {
  let win = start
  for (let level = 0; win && level <= 7; level++) {
    try {
      if (isApi(win.API))
        return win.API
      if (!win.parent || win.parent === win)
        return undefined
      win = win.parent
    }
    catch {
      return undefined
    }
  }
  return undefined
}

/** The LMS's API, per the SCORM 1.2 run-time: this window and its parents, then the opener and its parents. */
export function findApi(win: ApiWindow): Scorm12Api | undefined {
  const found = searchUp(win)
  if (found)
    return found
  try {
    return win.opener ? searchUp(win.opener) : undefined
  }
  catch {
    return undefined
  }
}

export type LessonStatus = 'incomplete' | 'passed' | 'failed'

export interface ScormSummary {
  raw: number
  max: number
  status: LessonStatus
}

/** Points scored over the bank and the status they give against `masteryPoints`. */
export function summarise(answers: Readonly<Record<string, SavedAnswer>>, questions: readonly QuizQuestion[], masteryPoints: number): ScormSummary {
  const done = questions.filter(q => answers[q.id] && answers[q.id]!.status !== 'open')
  const raw = round2(done.reduce((n, q) => n + (answers[q.id]!.status === 'checked' ? answers[q.id]!.score : 0), 0))
  const status: LessonStatus = done.length < questions.length ? 'incomplete' : raw >= masteryPoints ? 'passed' : 'failed'
  return { raw, max: totalPoints(questions), status }
}

/** SCORM 1.2's CMITimespan, HHHH:MM:SS.SS. */
export function timespan(ms: number): string {
  const cs = Math.round(Math.max(0, ms) / 10)
  const two = (n: number) => String(n).padStart(2, '0')
  return `${String(Math.floor(cs / 360000)).padStart(4, '0')}:${two(Math.floor(cs / 6000) % 60)}:${two(Math.floor(cs / 100) % 60)}.${two(cs % 100)}`
}

export interface SessionOptions {
  questions: readonly QuizQuestion[]
  /** Called once, with a short reason, the first time the LMS refuses a call. */
  onRefused?: (reason: string) => void
  now?: () => number
}

export function createScormSession(api: Scorm12Api, { questions, onRefused, now = Date.now }: SessionOptions) {
  let open = false
  let refused = false
  // Mastery when the LMS gives none (the package's manifest sets it).
  let mastery = masteryPoints(DEFAULT_MASTERY_PERCENT, totalPoints(questions))
  const started = now()

  /** Runs an LMS call that must answer "true"; on refusal, asks why and tells `onRefused` (once). */
  function call(name: string, run: () => string | boolean): boolean {
    let ok = false
    let code = ''
    try {
      ok = String(run()) === 'true'
      if (!ok)
        code = String(api.LMSGetLastError()) // eslint-disable-line unicorn/throw-new-error -- an LMS function, not the Error constructor
    }
    catch {
      code = 'exception'
    }
    if (!ok && !refused) {
      refused = true
      let text = ''
      try {
        text = code && code !== 'exception' ? api.LMSGetErrorString(code) : ''
      }
      catch {}
      onRefused?.(`${name} failed${code ? ` (error ${code}${text ? `: ${text}` : ''})` : ''}`)
    }
    return ok
  }

  const set = (element: string, value: string) => open && call(`LMSSetValue ${element}`, () => api.LMSSetValue(element, value))
  const get = (element: string): string => {
    try {
      return String(api.LMSGetValue(element) ?? '')
    }
    catch {
      return ''
    }
  }

  /** LMSInitialize, then what the LMS kept: the slide and the answers. Undefined if the LMS refused. */
  function start(): { location: string, answers: Record<string, SavedAnswer> } | undefined {
    open = call('LMSInitialize', () => api.LMSInitialize(''))
    if (!open)
      return undefined
    const given = Number.parseFloat(get('cmi.student_data.mastery_score'))
    if (Number.isFinite(given))
      mastery = given
    if (['', 'not attempted'].includes(get('cmi.core.lesson_status')))
      set('cmi.core.lesson_status', 'incomplete')
    return { location: get('cmi.core.lesson_location'), answers: decodeSuspendData(get('cmi.suspend_data'), questions) }
  }

  /** Score, status and answers, then LMSCommit. */
  function report(answers: Readonly<Record<string, SavedAnswer>>) {
    if (!open)
      return
    const { raw, max, status } = summarise(answers, questions, mastery)
    set('cmi.core.score.raw', String(raw))
    set('cmi.core.score.min', '0')
    set('cmi.core.score.max', String(max))
    set('cmi.core.lesson_status', status)
    set('cmi.suspend_data', encodeSuspendData(answers, questions))
    call('LMSCommit', () => api.LMSCommit(''))
  }

  /** Where the learner is, so the next launch opens there. */
  function setLocation(location: string) {
    set('cmi.core.lesson_location', location.slice(0, 255))
  }

  /** Saves the answers, marks the attempt as suspended (so the LMS keeps them), and calls LMSFinish once. */
  function finish(answers: Readonly<Record<string, SavedAnswer>>) {
    if (!open)
      return
    set('cmi.suspend_data', encodeSuspendData(answers, questions))
    set('cmi.core.exit', 'suspend')
    set('cmi.core.session_time', timespan(now() - started))
    call('LMSFinish', () => api.LMSFinish(''))
    open = false
  }

  return {
    start,
    report,
    setLocation,
    finish,
    get masteryPoints() {
      return mastery
    },
  }
}
