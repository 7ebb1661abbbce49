// `npm test`'s runner (scripts/test.ts): runs its parts as child processes, some side by side, and says how
// each ended. A part whose output is streamed writes it line by line as it comes; a buffered part's output is
// printed in one framed block when it ends, so two parts running at once never mix their lines.

import type { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import process from 'node:process'

export interface Part {
  /** What the summary calls it, e.g. `npm run lint`. */
  name: string
  command: string
  args: string[]
}

export interface Outcome {
  name: string
  /** The exit code; null when a signal ended it or it could not start. */
  code: number | null
  /** What ended it, when it did not exit by itself: a signal's name, or why it could not start. */
  reason?: string
  seconds: number
}

/** Where a runner writes: one call per complete line or framed block, so writes never split a line. */
export type Write = (text: string) => void

const passed = (o: Outcome) => o.code === 0

/** The framed block a buffered part prints when it ends: its output between a header and a footer. */
export function block(o: Outcome, output: string): string {
  const body = output.endsWith('\n') || output === '' ? output : `${output}\n`
  return `\n── ${o.name} ──\n${body}── ${o.name}: ${verdict(o)} ──\n`
}

/** How a part ended, in words: `passed in 14.2 s`, `failed (exit 2) in 3.0 s`. */
export function verdict(o: Outcome): string {
  const how = passed(o) ? 'passed' : `failed (${o.code !== null ? `exit ${o.code}` : o.reason ?? 'no exit code'})`
  return `${how} in ${o.seconds.toFixed(1)} s`
}

/** The closing summary: one line per part, in the order given, then the whole run's wall time. */
export function summary(outcomes: Outcome[], wallSeconds: number): string {
  const width = Math.max(...outcomes.map(o => o.name.length))
  const lines = outcomes.map(o => `  ${o.name.padEnd(width)}  ${verdict(o)}`)
  const failed = outcomes.filter(o => !passed(o)).length
  const total = failed ? `${failed} of ${outcomes.length} parts failed` : `all ${outcomes.length} parts passed`
  return `\nnpm test: ${total} in ${wallSeconds.toFixed(1)} s\n${lines.join('\n')}\n`
}

/** The run's exit code: 0 when every part passed, else the first failure's own code (1 if it had none). */
export function exitCode(outcomes: Outcome[]): number {
  const failed = outcomes.find(o => !passed(o))
  return failed === undefined ? 0 : failed.code || 1
}

/** Cuts a stream of chunks into whole lines, and hands back what is left at the end. */
export function lineSplitter(onLine: (line: string) => void) {
  let rest = ''
  return {
    push(chunk: string) {
      const lines = (rest + chunk).split('\n')
      rest = lines.pop()!
      for (const line of lines) onLine(`${line}\n`)
    },
    end() {
      if (rest)
        onLine(`${rest}\n`)
      rest = ''
    },
  }
}

/**
 * Runs one part to its end. `stream` writes its output line by line as it comes (stdout and stderr each cut
 * into whole lines); otherwise it is collected and written as one block at the end. Never rejects: a part that
 * cannot start fails with the reason.
 */
export function runPart(part: Part, write: Write, { stream = false, env = process.env }: { stream?: boolean, env?: NodeJS.ProcessEnv } = {}): Promise<Outcome> {
  const started = Date.now()
  const seconds = () => (Date.now() - started) / 1000
  return new Promise((resolve) => {
    let output = ''
    const collect = (line: string) => {
      output += line
    }
    const child = spawn(part.command, part.args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
    const splitters = [child.stdout, child.stderr].map((s) => {
      const lines = lineSplitter(stream ? write : collect)
      s.setEncoding('utf8')
      s.on('data', (chunk: Buffer | string) => lines.push(String(chunk)))
      return lines
    })
    let done = false
    const finish = (o: Outcome) => {
      if (done)
        return
      done = true
      for (const lines of splitters) lines.end()
      if (!stream)
        write(block(o, output))
      else write(`── ${o.name}: ${verdict(o)} ──\n`)
      resolve(o)
    }
    child.once('error', error => finish({ name: part.name, code: null, reason: `could not start: ${error.message}`, seconds: seconds() }))
    // 'close', not 'exit': by then both pipes are drained, so no line comes after the verdict.
    child.once('close', (code, signal) => finish({ name: part.name, code, ...(signal ? { reason: signal } : {}), seconds: seconds() }))
  })
}

/** Runs parts one after another, each to its end whatever the one before did, so one run reports every failure. */
export async function runChain(parts: Part[], write: Write, options?: { env?: NodeJS.ProcessEnv }): Promise<Outcome[]> {
  const outcomes: Outcome[] = []
  for (const part of parts) outcomes.push(await runPart(part, write, options))
  return outcomes
}
