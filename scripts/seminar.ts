/**
 * `npm run seminar`: presents the deck to a room with live voting. Two servers, told apart by where they
 * listen: the presenter's (the ordinary built deck and the presenter's verbs) on 127.0.0.1 only, and the
 * audience's (the phone page, its events, the ballot endpoint, the join QR code) on SEMINAR_BIND.
 * The deck is dist/, built again first when a source is newer; SEMINAR_DECK_DIR serves another build as it is.
 * It starts as a rehearsal, with a record of its own begun afresh; `--class` keeps the class's record (resumed
 * after a crash, begun afresh otherwise; `--class --resume` brings back the class that last ended).
 * Ctrl+C ends it: for a class, the room's results go to a new exports/seminar-YYYY-MM-DD_HH-MM-SS.csv (the report beside it,
 * .html) and the record is put away, even when that save fails (the error is printed).
 * Only today's plan opens for voting: the core questions of seminar/plan.ts, or `--questions all` (every question),
 * or `--questions id,id,…`; the deck marks the other quiz slides "Not in today's plan" and → skips them.
 *
 * Usage: `npm run seminar [-- [--class [--resume]] [--questions core|all|id,id,…]]` (optional: PORT=3030, SEMINAR_HOST=laptop.local, SEMINAR_BIND=0.0.0.0,
 * SEMINAR_AUDIENCE_PORT=PORT+1, SEMINAR_VOTERS_PER_ADDRESS=4, SEMINAR_DIR=.seminar, SEMINAR_DECK_DIR=dist)
 */

import { networkInterfaces } from 'node:os'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { allQuestions } from '../quiz/bank'
import { chooseQuestions } from '../seminar/plan'
import { startSeminar } from '../seminar/server'
import { ensureBuilt } from '../tools/deckBuild'

const env = process.env
const { values: flags } = parseArgs({ options: { class: { type: 'boolean', default: false }, resume: { type: 'boolean', default: false }, questions: { type: 'string' } } })
if (flags.resume && !flags.class) {
  console.error('--resume carries on a class: npm run seminar -- --class --resume')
  process.exit(1)
}
let plan: ReturnType<typeof chooseQuestions>
try {
  plan = chooseQuestions(flags.questions, allQuestions)
}
catch (e) {
  console.error((e as Error).message)
  process.exit(1)
}
const record = flags.class ? 'class' : 'rehearsal'
const port = Number(env.PORT ?? 3030)
const audiencePort = Number(env.SEMINAR_AUDIENCE_PORT ?? port + 1)
const bind = env.SEMINAR_BIND ?? '0.0.0.0'
const votersPerAddress = Number(env.SEMINAR_VOTERS_PER_ADDRESS ?? 4)
if (![port, audiencePort, votersPerAddress].every(n => Number.isInteger(n) && n > 0) || port === audiencePort) {
  console.error('PORT, SEMINAR_AUDIENCE_PORT and SEMINAR_VOTERS_PER_ADDRESS must be positive whole numbers, and the two ports different.')
  process.exit(1)
}

/** The first non-internal IPv4 address: what phones on the same network can reach. */
function lanAddress(): string {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) {
      if (a.family === 'IPv4' && !a.internal)
        return a.address
    }
  }
  return '127.0.0.1'
}

const host = env.SEMINAR_HOST ?? (['0.0.0.0', '::'].includes(bind) ? lanAddress() : bind)
const audienceUrl = `http://${host.includes(':') ? `[${host}]` : host}:${audiencePort}/vote`
const deckDir = env.SEMINAR_DECK_DIR ?? 'dist'

if (!env.SEMINAR_DECK_DIR)
  ensureBuilt(reason => console.log(`  Building the deck into dist/ (${reason})…`))
const seminar = await startSeminar({ deckDir, port, audiencePort, bind, audienceUrl, dir: env.SEMINAR_DIR ?? '.seminar', exportsDir: env.SEMINAR_EXPORTS_DIR ?? 'exports', votersPerAddress, record, resume: flags.resume, plan: plan.ids })

const { devices, votes, closed } = seminar.room.summary()
const held = `${devices} ${devices === 1 ? 'device' : 'devices'}, ${votes} ${votes === 1 ? 'vote' : 'votes'}, ${closed} ${closed === 1 ? 'question' : 'questions'} closed`
const begun = new Date(seminar.record.begunAt).toLocaleString()
if (record === 'rehearsal') {
  console.log(`\n  REHEARSAL: a fresh record of its own (${seminar.record.folder}). Nothing you do now reaches the class.`)
  console.log('  For the class itself: Ctrl+C, then  npm run seminar -- --class')
}
else if (seminar.record.start === 'fresh') {
  console.log(`\n  CLASS: a new class record (${seminar.record.folder}): no vote and no closed question from before. Ctrl+C ends the class.`)
}
else {
  console.log(`\n  CLASS, RESUMED: the class begun ${begun}${seminar.record.start === 'reopened' ? ', which had ended' : ''} (${seminar.record.folder}): ${held}.`)
  console.log('  For a new class instead: Ctrl+C (this one is put away), then  npm run seminar -- --class')
}
console.log(`  Questions for voting: ${plan.label}.${flags.questions === 'all' ? '' : ' Every question: npm run seminar -- --questions all'}`)
console.log(`\n  Audience (phones): ${audienceUrl}`)
console.log(`  Projector:         http://127.0.0.1:${port}${seminar.base}join (on this laptop, in a window on the projector's screen)`)
console.log(`  Presenter:         http://127.0.0.1:${port}${seminar.base}presenter (on this laptop)\n`)

let stopping = false
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, async () => {
    if (stopping)
      return
    stopping = true
    let saved = true
    try {
      if (record === 'class') {
        const files = seminar.exportCsv()
        console.log(`\n  The room's results: ${files.file}\n  The report (what the room misread): ${files.report}`)
      }
    }
    catch (e) {
      saved = false
      console.error(`\n  Could not save the room's results: ${(e as Error).message}\n  The votes are safe in the class's record: npm run seminar -- --class --resume, then "Save the room's results" in the presenter view.`)
    }
    finally {
      // Whatever the export did, the journal is compacted and the class put away.
      const kept = await seminar.stop()
      console.log(record === 'class'
        ? `  The class has ended; its record is in ${kept}. To carry on with it after all: npm run seminar -- --class --resume`
        : `\n  Rehearsal over; its record stays in ${kept} until the next rehearsal.`)
      process.exit(saved ? 0 : 1)
    }
  })
}
