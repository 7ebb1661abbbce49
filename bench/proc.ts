/**
 * Runs a command and times it, keeping its output in a log file instead of the terminal.
 * A command that fails or runs out of time is a result to report, never an exception.
 *
 * Usage: `const { seconds, ok, output } = await timed('npx', ['slidev', 'build'], { log: 'build.log' })`
 */

import type { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import { appendFileSync } from 'node:fs'
import process from 'node:process'

export interface Timed {
  seconds: number
  ok: boolean
  output: string
}

export interface TimedOptions {
  log?: string
  env?: Record<string, string>
  timeoutMs?: number
}

/** Process groups still running, ended if the bench is interrupted. */
const running = new Set<number>()
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const pid of running) process.kill(-pid, 'SIGKILL')
    process.exit(130)
  })
}

export function timed(command: string, args: string[], options: TimedOptions = {}): Promise<Timed> {
  const started = performance.now()
  // A process group of its own, so a time-out can end the command and every browser it started.
  const child = spawn(command, args, {
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  if (child.pid)
    running.add(child.pid)
  let output = ''
  const keep = (chunk: Buffer) => {
    output += chunk.toString()
    if (options.log)
      appendFileSync(options.log, chunk)
  }
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  const timer = options.timeoutMs
    ? setTimeout(() => {
        output += `\n[bench] timed out after ${options.timeoutMs} ms\n`
        if (child.pid)
          process.kill(-child.pid, 'SIGKILL')
      }, options.timeoutMs)
    : undefined
  return new Promise((resolve) => {
    child.on('error', (e) => {
      output += String(e)
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      if (child.pid)
        running.delete(child.pid)
      resolve({ seconds: (performance.now() - started) / 1000, ok: code === 0, output })
    })
  })
}
