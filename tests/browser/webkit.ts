/**
 * WebKit, the engine of every iPhone browser, for the browser tests: a small W3C WebDriver client that
 * drives Debian's MiniBrowser through `WebKitWebDriver` (package webkit2gtk-driver) on an Xvfb display of
 * its own, the phone's size. MiniBrowser runs full screen (no toolbar) in a window of that size, so the
 * page's viewport is exactly `width` × `height`. Each launch is one session with a fresh cookie jar
 * (WebKitWebDriver holds one session at a time). Every command has a time limit, and `close()` always ends
 * the session, the driver with MiniBrowser, and Xvfb. WebKit has no host-resolver rules: a host name must
 * resolve through /etc/hosts (`.ci/hosts` adds room.test). Nothing here downloads a browser; no dependency.
 *
 * Usage: `await withWebKit({ width: 375, height: 667 }, async (phone) => { await phone.goto(url); await phone.click('input[value="a"]') })`
 */

import type { ChildProcess } from 'node:child_process'
import { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { createServer } from 'node:net'
import process from 'node:process'

export const SYSTEM_WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver'

/** `WEBKIT_DRIVER_PATH`, then Debian's driver; undefined when neither exists. */
export function findWebKitDriver(env: Record<string, string | undefined> = process.env, exists: (p: string) => boolean = existsSync): string | undefined {
  return [env.WEBKIT_DRIVER_PATH, SYSTEM_WEBKIT_DRIVER].find(p => p && exists(p))
}

/** `MINIBROWSER_PATH`, then the MiniBrowser that libwebkit2gtk ships (/usr/lib/<arch>/webkit2gtk-4.x/). */
export function findMiniBrowser(env: Record<string, string | undefined> = process.env): string | undefined {
  if (env.MINIBROWSER_PATH)
    return env.MINIBROWSER_PATH
  const dirs = existsSync('/usr/lib') ? readdirSync('/usr/lib').map(d => `/usr/lib/${d}`).filter(d => d.endsWith('-linux-gnu')) : []
  return dirs.flatMap(d => ['webkit2gtk-4.1', 'webkit2gtk-4.0'].map(v => `${d}/${v}/MiniBrowser`)).find(existsSync)
}

export interface WebKitOptions { width?: number, height?: number, /** per WebDriver command */ commandMs?: number, /** Xvfb, driver and new session */ startMs?: number }

export interface WebKitPage {
  goto: (url: string) => Promise<void>
  url: () => Promise<string>
  /** The WebDriver id of the first element matching `css`; throws when there is none. */
  find: (css: string) => Promise<string>
  click: (css: string) => Promise<void>
  /** The rendered text of the first element matching `css` ('' when it is hidden). */
  text: (css: string) => Promise<string>
  /** Runs `fn` in the page with JSON arguments; `fn` must not use anything from the test's scope. */
  evaluate: <T, A extends unknown[]>(fn: (...args: A) => T, ...args: A) => Promise<Awaited<T>>
  /** The viewport as PNG. */
  screenshot: () => Promise<Buffer>
  setCookie: (cookie: { name: string, value: string, path?: string, domain?: string, secure?: boolean, httpOnly?: boolean, expiry?: number }) => Promise<void>
  cookies: () => Promise<{ name: string, value: string }[]>
  /** Milliseconds from launch to a ready session. */
  startedInMs: number
  /** Ends the session, the driver (with MiniBrowser) and Xvfb; safe to call twice. */
  close: () => Promise<void>
}

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf'

export async function launchWebKit({ width = 375, height = 667, commandMs = 15_000, startMs = 60_000 }: WebKitOptions = {}): Promise<WebKitPage> {
  const t0 = Date.now()
  const left = () => Math.max(1_000, startMs - (Date.now() - t0))
  const driver = findWebKitDriver()
  const browser = findMiniBrowser()
  if (!driver || !browser)
    throw new Error(`WebKit needs WebKitWebDriver and MiniBrowser (apt-get install webkit2gtk-driver); found ${driver ?? 'no driver'}, ${browser ?? 'no MiniBrowser'}`)
  const children: ChildProcess[] = []
  let log = ''
  const kill = (signal: NodeJS.Signals) => children.forEach(c => c.exitCode === null && c.signalCode === null && tryKill(-c.pid!, signal))
  const onExit = () => kill('SIGKILL')
  process.once('exit', onExit)
  let sessionUrl: string | undefined
  let closed = false
  const close = async () => {
    if (closed)
      return
    closed = true
    if (sessionUrl)
      await fetch(sessionUrl, { method: 'DELETE', signal: AbortSignal.timeout(5_000) }).catch(() => {})
    kill('SIGTERM')
    await Promise.all(children.map(c => exited(c, 3_000)))
    kill('SIGKILL')
    process.off('exit', onExit)
  }
  const call = async (method: string, path: string, body?: unknown, ms = commandMs) => {
    const res = await fetch(`${sessionUrl}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(ms) })
      .catch((e: Error) => { throw new Error(`WebKit ${method} ${path}: ${e.message}`) })
    const { value } = await res.json().catch(() => ({ value: { error: `HTTP ${res.status}`, message: 'not a WebDriver answer' } })) as { value: any }
    if (!res.ok)
      throw new Error(`WebKit ${method} ${path}: ${value?.error}${value?.message ? `: ${value.message}` : ''}`)
    return value
  }

  try {
    // Own process groups (detached), so that close() can end MiniBrowser and WebKit's helpers with them.
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', `${width}x${height}x24`, '-nolisten', 'tcp'], { detached: true, stdio: ['ignore', 'ignore', 'pipe', 'pipe'] })
    children.push(xvfb)
    xvfb.stderr!.on('data', (c: Buffer) => void (log += c))
    const display = await within(left(), 'Xvfb did not start', new Promise<string>((resolve, reject) => {
      xvfb.once('error', reject).once('exit', code => reject(new Error(`Xvfb exited (${code})`)))
      xvfb.stdio[3]!.on('data', (c: Buffer) => resolve(`:${String(c).trim()}`))
    }))
    const port = await freePort()
    const wd = spawn(driver, [`--port=${port}`, '--host=127.0.0.1'], { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DISPLAY: display, GDK_BACKEND: 'x11' } })
    children.push(wd)
    wd.stdout!.on('data', (c: Buffer) => void (log += c))
    wd.stderr!.on('data', (c: Buffer) => void (log += c))
    const root = `http://127.0.0.1:${port}`
    while (!(await fetch(`${root}/status`, { signal: AbortSignal.timeout(1_000) }).then(r => r.ok, () => false))) {
      if (wd.exitCode !== null || Date.now() - t0 > startMs)
        throw new Error('WebKitWebDriver did not answer')
      await new Promise(r => setTimeout(r, 100))
    }
    sessionUrl = root
    const session = await call('POST', '/session', { capabilities: { alwaysMatch: {
      'browserName': 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: browser, args: ['--automation', '--full-screen'] },
      'timeouts': { pageLoad: commandMs, script: commandMs, implicit: 0 },
    } } }, left())
    sessionUrl = `${root}/session/${session.sessionId}`
    // --full-screen hides MiniBrowser's toolbar (which is wider than a phone), but with no window manager
    // the window keeps its default size: set it, then check that the page sees the phone's viewport.
    await call('POST', '/window/rect', { x: 0, y: 0, width, height })
    const size = await call('POST', '/execute/sync', { script: 'return [innerWidth, innerHeight]', args: [] }) as number[]
    if (size[0] !== width || size[1] !== height)
      throw new Error(`the viewport is ${size.join('×')}, not ${width}×${height}`)
  }
  catch (e) {
    await close()
    throw new Error(`WebKit did not start: ${(e as Error).message}\n${log.slice(-2_000)}`)
  }

  const find = async (css: string) => (await call('POST', '/element', { using: 'css selector', value: css }).catch((e: Error) => {
    throw new Error(`${e.message} (${css})`)
  }))[ELEMENT] as string
  return {
    goto: async url => void await call('POST', '/url', { url }, commandMs + 5_000),
    url: () => call('GET', '/url'),
    find,
    click: async css => void await call('POST', `/element/${await find(css)}/click`, {}),
    text: async css => call('GET', `/element/${await find(css)}/text`),
    evaluate: (fn, ...args) => call('POST', '/execute/sync', { script: `return (${fn}).apply(null, arguments)`, args }, commandMs + 5_000),
    screenshot: async () => Buffer.from(await call('GET', '/screenshot'), 'base64'),
    setCookie: async cookie => void await call('POST', '/cookie', { cookie }),
    cookies: () => call('GET', '/cookie'),
    startedInMs: Date.now() - t0,
    close,
  }
}

/** Runs `use` with a fresh WebKit page and closes it afterwards, whatever happens. */
export async function withWebKit<T>(options: WebKitOptions, use: (page: WebKitPage) => Promise<T>): Promise<T> {
  const page = await launchWebKit(options)
  try {
    return await use(page)
  }
  finally {
    await page.close()
  }
}

function tryKill(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(pid, signal)
  }
  catch {}
}

async function exited(c: ChildProcess, ms: number) {
  if (c.exitCode === null && c.signalCode === null)
    await within(ms, '', new Promise(r => c.once('exit', r))).catch(() => {})
}

function within<T>(ms: number, message: string, p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  return Promise.race([p, new Promise<never>((_, reject) => timer = setTimeout(() => reject(new Error(message)), ms))]).finally(() => clearTimeout(timer))
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}
