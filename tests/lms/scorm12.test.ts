import type { ApiWindow, Scorm12Api } from '../../lms/scorm12'
import type { SavedAnswer } from '../../quiz/engine/storage'
import type { QuizQuestion, QuizResponse } from '../../quiz/engine/types'
import { describe, expect, it } from 'vitest'
import { createScormSession, findApi, summarise, timespan } from '../../lms/scorm12'
import { decodeSuspendData, encodeSuspendData } from '../../lms/suspend'
import { questionHash } from '../../quiz/engine/hash'
import { scoreQuestion } from '../../quiz/engine/scoring'
import { matching, multiple, ordering, single, truefalse } from '../fixtures/quiz'

const questions: QuizQuestion[] = [single(), multiple(), truefalse(), ordering(), matching()]

/** A fake LMS: keeps the data model in a Map, logs every call, and refuses the elements it is told to. */
function fakeLms(data: Record<string, string> = {}, refuse: { init?: boolean, elements?: string[] } = {}) {
  const values = new Map(Object.entries({ 'cmi.core.lesson_status': 'not attempted', ...data }))
  const calls: string[] = []
  let lastError = '0'
  const api: Scorm12Api = {
    LMSInitialize: () => {
      calls.push('LMSInitialize')
      lastError = refuse.init ? '101' : '0'
      return refuse.init ? 'false' : 'true'
    },
    LMSFinish: () => {
      calls.push('LMSFinish')
      return 'true'
    },
    LMSGetValue: (k) => {
      calls.push(`get ${k}`)
      return values.get(k) ?? ''
    },
    LMSSetValue: (k, v) => {
      calls.push(`set ${k}`)
      if (refuse.elements?.includes(k)) {
        lastError = '405'
        return 'false'
      }
      values.set(k, v)
      return 'true'
    },
    LMSCommit: () => {
      calls.push('LMSCommit')
      return 'true'
    },
    LMSGetLastError: () => lastError,
    LMSGetErrorString: code => ({ 101: 'General exception', 405: 'Incorrect data type' } as Record<string, string>)[code] ?? '',
  }
  return { api, values, calls }
}

function answer(q: QuizQuestion, response: QuizResponse, status: SavedAnswer['status'] = 'checked'): SavedAnswer {
  return { hash: questionHash(q), status, response, score: status === 'checked' ? scoreQuestion(q, response) : 0, attempts: 1 }
}

const [s, m, t, o, x] = questions as [QuizQuestion, QuizQuestion, QuizQuestion, QuizQuestion, QuizQuestion]
const allRight = () => Object.fromEntries(questions.map(q => [q.id, answer(q, q.correct as QuizResponse)]))

describe('given the LMS API somewhere around the deck', () => {
  const api = fakeLms().api
  it('finds it on the deck\'s own window', () => {
    expect(findApi({ API: api })).toBe(api)
  })

  it('finds it two frames up', () => {
    const top: ApiWindow = { API: api }
    top.parent = top
    expect(findApi({ parent: { parent: top } })).toBe(api)
  })

  it('finds it on the opener\'s parent when no frame above has it', () => {
    const lms: ApiWindow = { API: api }
    const self: ApiWindow = { opener: { parent: lms } }
    self.parent = self
    expect(findApi(self)).toBe(api)
  })

  it('stops at a cross-origin frame and at something that is not an API', () => {
    const foreign = {
      get API(): unknown {
        throw new DOMException('Blocked', 'SecurityError')
      },
    }
    expect(findApi({ parent: foreign })).toBeUndefined()
    expect(findApi({ API: { LMSInitialize: 'yes' } })).toBeUndefined()
  })

  it('gives up after seven levels of frames, as the SCORM 1.2 run-time does', () => {
    let win: ApiWindow = { API: api }
    for (let i = 0; i < 9; i++) win = { parent: win }
    expect(findApi(win)).toBeUndefined()
  })
})

describe('given a first launch', () => {
  it('initialises, marks the lesson incomplete and resumes nothing', () => {
    const lms = fakeLms()
    const saved = createScormSession(lms.api, { questions }).start()
    expect(lms.calls[0]).toBe('LMSInitialize')
    expect(lms.values.get('cmi.core.lesson_status')).toBe('incomplete')
    expect(saved).toEqual({ location: '', answers: {} })
  })

  it('after one Check reports the points over the whole bank, still incomplete, and commits after writing', () => {
    const lms = fakeLms()
    const session = createScormSession(lms.api, { questions })
    session.start()
    const answers = { [m.id]: answer(m, ['p', 'r']) }
    session.report(answers)
    expect(Object.fromEntries([...lms.values].filter(([k]) => k.startsWith('cmi.core.')))).toMatchObject({
      'cmi.core.score.raw': '0', // one right, one wrong: (1 - 1) / 2
      'cmi.core.score.min': '0',
      'cmi.core.score.max': '5',
      'cmi.core.lesson_status': 'incomplete',
    })
    session.report({ ...answers, [s.id]: answer(s, 'y') })
    expect(lms.values.get('cmi.core.score.raw')).toBe('1')
    expect(decodeSuspendData(lms.values.get('cmi.suspend_data'), questions)).toEqual({ ...answers, [s.id]: answer(s, 'y') })
    expect(lms.calls.at(-1)).toBe('LMSCommit')
  })
})

describe('given every question done', () => {
  it('passes at the LMS\'s mastery score and fails below it', () => {
    const lms = fakeLms({ 'cmi.student_data.mastery_score': '4.5' })
    const session = createScormSession(lms.api, { questions })
    session.start()
    session.report(allRight())
    expect(lms.values.get('cmi.core.lesson_status')).toBe('passed')
    session.report({ ...allRight(), [t.id]: answer(t, 'false') })
    expect(lms.values.get('cmi.core.score.raw')).toBe('4')
    expect(lms.values.get('cmi.core.lesson_status')).toBe('failed')
  })

  it('counts a shown solution as done with no points, and uses 70 % when the LMS gives no mastery score', () => {
    const answers = { ...allRight(), [o.id]: answer(o, o.correct as QuizResponse, 'solution') }
    expect(summarise(answers, questions, 3.5)).toEqual({ raw: 4, max: 5, status: 'passed' })
    const lms = fakeLms()
    const session = createScormSession(lms.api, { questions })
    session.start()
    expect(session.masteryPoints).toBeCloseTo(3.5)
    session.report({ ...answers, [x.id]: answer(x, { m1: 'jp', m2: 'jp', m3: 'jp' }) })
    expect(lms.values.get('cmi.core.score.raw')).toBe('3.33')
    expect(lms.values.get('cmi.core.lesson_status')).toBe('failed')
  })
})

describe('given a learner coming back', () => {
  it('resumes the slide and the answers the LMS kept, and leaves a passed status alone', () => {
    const answers = allRight()
    const lms = fakeLms({ 'cmi.core.lesson_status': 'passed', 'cmi.core.lesson_location': '14', 'cmi.suspend_data': encodeSuspendData(answers, questions) })
    const saved = createScormSession(lms.api, { questions }).start()
    expect(saved).toEqual({ location: '14', answers })
    expect(lms.calls).not.toContain('set cmi.core.lesson_status')
  })

  it('on leaving saves the answers, suspends the attempt, reports the time and finishes once', () => {
    let clock = 0
    const lms = fakeLms()
    const session = createScormSession(lms.api, { questions, now: () => clock })
    session.start()
    session.setLocation('7')
    clock = 3_723_450
    session.finish({ [s.id]: answer(s, 'x', 'open') })
    session.finish({})
    expect(lms.values.get('cmi.core.lesson_location')).toBe('7')
    expect(lms.values.get('cmi.core.exit')).toBe('suspend')
    expect(lms.values.get('cmi.core.session_time')).toBe('0001:02:03.45')
    expect(decodeSuspendData(lms.values.get('cmi.suspend_data'), questions)[s.id]?.response).toBe('x')
    expect(lms.calls.filter(c => c === 'LMSFinish')).toHaveLength(1)
  })
})

describe('given an LMS that refuses calls', () => {
  it('says once why scores are not recorded, and keeps reporting the rest', () => {
    const reasons: string[] = []
    const lms = fakeLms({}, { elements: ['cmi.core.score.raw'] })
    const session = createScormSession(lms.api, { questions, onRefused: r => reasons.push(r) })
    session.start()
    session.report({ [s.id]: answer(s, 'y') })
    session.report({ [s.id]: answer(s, 'y'), [t.id]: answer(t, 'true') })
    expect(reasons).toEqual(['LMSSetValue cmi.core.score.raw failed (error 405: Incorrect data type)'])
    expect(lms.values.get('cmi.core.lesson_status')).toBe('incomplete')
    expect(lms.calls.filter(c => c === 'LMSCommit')).toHaveLength(2)
  })

  it('makes no further call when LMSInitialize is refused', () => {
    const reasons: string[] = []
    const lms = fakeLms({}, { init: true })
    const session = createScormSession(lms.api, { questions, onRefused: r => reasons.push(r) })
    expect(session.start()).toBeUndefined()
    session.report(allRight())
    session.finish(allRight())
    expect(lms.calls).toEqual(['LMSInitialize'])
    expect(reasons).toEqual(['LMSInitialize failed (error 101: General exception)'])
  })

  it('treats an API that throws like one that refuses', () => {
    const reasons: string[] = []
    const lms = fakeLms()
    lms.api.LMSCommit = () => {
      throw new Error('gone')
    }
    const session = createScormSession(lms.api, { questions, onRefused: r => reasons.push(r) })
    session.start()
    session.report({})
    expect(reasons).toEqual(['LMSCommit failed (error exception)'])
  })
})

describe('given a time span', () => {
  it('writes SCORM 1.2\'s HHHH:MM:SS.SS', () => {
    expect(timespan(0)).toBe('0000:00:00.00')
    expect(timespan(36_000_000 + 59_990)).toBe('0010:00:59.99')
  })
})
