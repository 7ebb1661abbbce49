import type { QuizQuestion } from '../../../quiz/engine/types'
import { describe, expect, it } from 'vitest'
import { questionHash } from '../../../quiz/engine/hash'
import { readProgress, STORAGE_KEY, STORAGE_VERSION, writeProgress } from '../../../quiz/engine/storage'
import { single, truefalse } from '../../fixtures/quiz'
import { mapStorage } from '../../fixtures/storage'

const questions = [single(), truefalse()]
const saved = (q: QuizQuestion = single(), extra = {}) => ({ hash: questionHash(q), response: 'y', status: 'checked', score: 1, attempts: 1, ...extra })

describe('given stored progress', () => {
  it('uses a namespaced, versioned key', () => {
    expect(STORAGE_KEY).toMatch(/^rj-common-ground:quiz:v\d+$/)
  })

  it('round-trips through a Map-backed storage', () => {
    const storage = mapStorage()
    const progress = { version: STORAGE_VERSION as typeof STORAGE_VERSION, answers: { 'a-single': saved() as never } }
    expect(writeProgress(storage, STORAGE_KEY, progress)).toBe(true)
    expect(readProgress(storage, STORAGE_KEY, questions)).toEqual(progress)
  })

  it('falls back to empty progress on malformed JSON', () => {
    expect(readProgress(mapStorage({ [STORAGE_KEY]: '{"version":1,"answers":' }), STORAGE_KEY, questions).answers).toEqual({})
  })

  it('falls back to empty progress for an old version', () => {
    const old = JSON.stringify({ version: 0, answers: { 'a-single': saved() } })
    expect(readProgress(mapStorage({ [STORAGE_KEY]: old }), STORAGE_KEY, questions).answers).toEqual({})
  })

  it('drops only the answer whose question changed, keeping the others', () => {
    const changed = { ...truefalse(), prompt: 'A new wording?' }
    const data = JSON.stringify({ version: STORAGE_VERSION, answers: { 'a-single': saved(), 'a-truefalse': saved(truefalse(), { response: 'true' }) } })
    const read = readProgress(mapStorage({ [STORAGE_KEY]: data }), STORAGE_KEY, [single(), changed])
    expect(Object.keys(read.answers)).toEqual(['a-single'])
  })

  it('drops a malformed answer alone', () => {
    const data = JSON.stringify({ version: STORAGE_VERSION, answers: { 'a-single': saved(), 'a-truefalse': { hash: 1, status: 'odd' } } })
    expect(Object.keys(readProgress(mapStorage({ [STORAGE_KEY]: data }), STORAGE_KEY, questions).answers)).toEqual(['a-single'])
  })

  it('survives storage whose getItem throws, or no storage at all', () => {
    const throwing = {
      ...mapStorage(),
      getItem: () => {
        throw new Error('SecurityError')
      },
    }
    expect(readProgress(throwing, STORAGE_KEY, questions).answers).toEqual({})
    expect(readProgress(null, STORAGE_KEY, questions).answers).toEqual({})
  })

  it('reports a failed write when setItem throws, without throwing itself', () => {
    const full = {
      ...mapStorage(),
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
    }
    expect(writeProgress(full, STORAGE_KEY, { version: STORAGE_VERSION, answers: {} })).toBe(false)
  })
})

describe('questionHash', () => {
  it('changes when what is answered changes, not when an explanation is reworded', () => {
    const q = single()
    expect(questionHash({ ...q, correct: 'x' })).not.toBe(questionHash(q))
    expect(questionHash({ ...q, prompt: 'Other?' })).not.toBe(questionHash(q))
    const reworded = { ...q, options: q.options.map(o => ({ ...o, explanation: 'New words.' })) }
    expect(questionHash(reworded)).toBe(questionHash(q))
  })
})
