// `npm test`: the lint, the type-check and the unit and component tests, one after another, side by side with
// the browser tests (whose global setup builds the deck meanwhile). The browser tests are the longest part and
// mostly wait on pages, so the checks fit in beside them instead of before them. Playwright's lines are shown
// as they come; each check's output is shown in one block when it ends; a summary closes the run. Fails if any
// part fails, and every part runs to its end, so one run reports every failure.
//
// Usage: `npm test` (or `tsx scripts/test.ts [args for playwright test]`)

import type { Part } from '../tools/testRun'
import process from 'node:process'
import { exitCode, runChain, runPart, summary } from '../tools/testRun'

const npm = (script: string, ...args: string[]): Part => ({ name: `npm run ${script}`, command: 'npm', args: ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])] })
const write = (text: string) => process.stdout.write(text)
// The children write into pipes, not the terminal: keep their colours when the run is watched in one.
const env = process.stdout.isTTY && !('NO_COLOR' in process.env) ? { ...process.env, FORCE_COLOR: '1' } : process.env

const started = Date.now()
const [checks, browser] = await Promise.all([
  runChain([npm('lint'), npm('typecheck'), npm('test:unit')], write, { env }),
  runPart(npm('test:browser', ...process.argv.slice(2)), write, { stream: true, env }),
])
const outcomes = [...checks, browser]
write(summary(outcomes, (Date.now() - started) / 1000))
process.exitCode = exitCode(outcomes)
