import type { Outcome, Part } from '../../tools/testRun'
import process from 'node:process'
import { describe, expect, it } from 'vitest'
import { block, exitCode, lineSplitter, runChain, runPart, summary, verdict } from '../../tools/testRun'

/** A part that runs a line of JavaScript in Node. */
const node = (name: string, code: string): Part => ({ name, command: process.execPath, args: ['-e', code] })
const outcome = (name: string, code: number | null, seconds = 1, reason?: string): Outcome => ({ name, code, seconds, ...(reason ? { reason } : {}) })

describe('given how parts ended', () => {
  it('says passed or failed, with the exit code or what ended it, and the time', () => {
    expect(verdict(outcome('lint', 0, 14.24))).toBe('passed in 14.2 s')
    expect(verdict(outcome('lint', 2, 3))).toBe('failed (exit 2) in 3.0 s')
    expect(verdict(outcome('lint', null, 3, 'SIGKILL'))).toBe('failed (SIGKILL) in 3.0 s')
  })

  it('exits 0 only when every part passed, else with the first failure\'s code, 1 when it had none', () => {
    expect(exitCode([outcome('a', 0), outcome('b', 0)])).toBe(0)
    expect(exitCode([outcome('a', 0), outcome('b', 2), outcome('c', 3)])).toBe(2)
    expect(exitCode([outcome('a', null, 1, 'SIGTERM'), outcome('b', 3)])).toBe(1)
  })

  it('sums up every part in order, aligned, with the count of failures and the wall time', () => {
    const text = summary([outcome('npm run lint', 0, 10), outcome('npm run test:browser', 1, 200)], 212.34)
    expect(text).toContain('npm test: 1 of 2 parts failed in 212.3 s')
    expect(text.trim().split('\n').slice(1)).toEqual([
      '  npm run lint          passed in 10.0 s',
      '  npm run test:browser  failed (exit 1) in 200.0 s',
    ])
    expect(summary([outcome('a', 0)], 1)).toContain('all 1 parts passed')
  })

  it('frames a buffered part\'s output between its name and its verdict', () => {
    expect(block(outcome('npm run lint', 0, 2), 'no problems')).toBe('\n── npm run lint ──\nno problems\n── npm run lint: passed in 2.0 s ──\n')
    expect(block(outcome('x', 0, 2), '')).toBe('\n── x ──\n── x: passed in 2.0 s ──\n')
  })
})

describe('given a stream of chunks', () => {
  it('hands on whole lines only, and what is left at the end', () => {
    const lines: string[] = []
    const s = lineSplitter(l => lines.push(l))
    s.push('one\ntw')
    expect(lines).toEqual(['one\n'])
    s.push('o\nthree')
    s.end()
    expect(lines).toEqual(['one\n', 'two\n', 'three\n'])
  })
})

describe('given parts to run', () => {
  it('collects a buffered part\'s stdout and stderr and writes them in one block when it ends', async () => {
    const writes: string[] = []
    const o = await runPart(node('talker', 'console.log("out"); console.error("err"); process.exit(3)'), t => writes.push(t))
    expect(o.code).toBe(3)
    expect(writes).toHaveLength(1)
    expect(writes[0]).toContain('── talker ──\n')
    expect(writes[0]).toContain('out\n')
    expect(writes[0]).toContain('err\n')
    expect(writes[0]).toContain('── talker: failed (exit 3)')
  })

  it('writes a streamed part line by line, then its verdict', async () => {
    const writes: string[] = []
    const o = await runPart(node('streamer', 'process.stdout.write("a\\nb"); setTimeout(() => console.log("c"), 50)'), t => writes.push(t), { stream: true })
    expect(o.code).toBe(0)
    expect(writes.slice(0, -1).sort()).toEqual(['a\n', 'bc\n'])
    expect(writes.at(-1)).toMatch(/^── streamer: passed in \d+\.\d s ──\n$/)
  })

  it('fails a part that cannot start, with the reason, instead of throwing', async () => {
    const o = await runPart({ name: 'ghost', command: '/nonexistent/command', args: [] }, () => {})
    expect(o.code).toBeNull()
    expect(o.reason).toContain('could not start')
    expect(exitCode([o])).toBe(1)
  })

  it('runs a chain to its end after a failure, one part after another', async () => {
    const writes: string[] = []
    const outcomes = await runChain([
      node('first', 'setTimeout(() => { console.log("ended", Date.now()); process.exit(1) }, 100)'),
      node('second', 'console.log("started", Date.now())'),
    ], t => writes.push(t))
    expect(outcomes.map(o => [o.name, o.code])).toEqual([['first', 1], ['second', 0]])
    const at = (word: string) => Number(new RegExp(`${word} (\\d+)`).exec(writes.join(''))![1])
    expect(at('started')).toBeGreaterThanOrEqual(at('ended'))
  })
})
