// Runs `npm run seminar`'s script as the presenter would, for the browser tests and the load benchmark:
// reads the addresses from its banner, lists the ports it listens on, and stops it cleanly or with kill -9.
// Loopback only: the audience side binds to 127.0.0.2, which stands in for the room's network.

import type { Buffer } from 'node:buffer'
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync, readlinkSync } from 'node:fs'
import process from 'node:process'

export const SEMINAR_PORT = Number(process.env.SEMINAR_TEST_PORT ?? 4331)
/** The room's stand-in address: the audience side binds here, and phones reach it by the name `ROOM_HOST`. */
export const ROOM = '127.0.0.2'
export const ROOM_HOST = 'room.test'

export interface Banner { audience: string, projector: string, presenter: string }

export interface RunningSeminar {
  banner: Banner
  process: ChildProcess
  output: () => string
  /** Ctrl+C: results exported, journal compacted, a class's record put away. */
  stop: () => Promise<void>
  /** kill -9: no chance to save anything. */
  crash: () => Promise<void>
  /** Every TCP port the process listens on, with its address (from /proc, Linux). */
  listening: () => { address: string, port: number }[]
}

/** `npm run seminar -- ...args`: a rehearsal, or with `['--class']` the class. */
export function runSeminar(env: Record<string, string>, args: string[] = [], timeoutMs = 300_000): Promise<RunningSeminar> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/seminar.ts', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout!.on('data', (c: Buffer) => {
    out += c
  })
  child.stderr!.on('data', (c: Buffer) => {
    out += c
  })
  const exited = new Promise<void>(resolve => child.once('exit', () => resolve()))
  const line = (label: string) => new RegExp(`${label}[^:]*:\\s+(http\\S+)`).exec(out)?.[1]

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`seminar did not start:\n${out}`)), timeoutMs)
    child.once('exit', code => reject(new Error(`seminar exited (${code}):\n${out}`)))
    const check = () => {
      const [audience, projector, presenter] = ['Audience', 'Projector', 'Presenter'].map(line)
      if (!audience || !projector || !presenter)
        return
      clearTimeout(timer)
      child.stdout!.off('data', check)
      resolve({
        banner: { audience, projector, presenter },
        process: child,
        output: () => out,
        stop: async () => {
          child.kill('SIGINT')
          await exited
        },
        crash: async () => {
          child.kill('SIGKILL')
          await exited
        },
        listening: () => listeningPorts(child.pid!),
      })
    }
    child.stdout!.on('data', check)
  })
}

const SOCKET_LINK = /^socket:\[(\d+)\]$/
const WHITESPACE_RUN = /\s+/
const TWO_CHARACTERS = /../g

function listeningPorts(pid: number) {
  const inodes = new Set(readdirSync(`/proc/${pid}/fd`).map((fd) => {
    try {
      return SOCKET_LINK.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1]
    }
    catch {
      return undefined
    }
  }).filter(Boolean))
  const found: { address: string, port: number }[] = []
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const row of readFileSync(table, 'utf8').trim().split('\n').slice(1)) {
      const cols = row.trim().split(WHITESPACE_RUN)
      if (cols[3] !== '0A' || !inodes.has(cols[9]!))
        continue
      const [hex, port] = cols[1]!.split(':')
      // IPv4 in /proc is little-endian hex; IPv6 rows are reported as written.
      const address = hex!.length === 8 ? hex!.match(TWO_CHARACTERS)!.reverse().map(b => Number.parseInt(b, 16)).join('.') : hex!
      found.push({ address, port: Number.parseInt(port!, 16) })
    }
  }
  return found
}
