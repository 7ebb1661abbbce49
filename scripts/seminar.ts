/**
 * `npm run seminar`: presents the deck to a room with live voting. Two servers, told apart by where they
 * listen: the presenter's (the ordinary built deck and the presenter's verbs) on 127.0.0.1 only, and the
 * audience's (the phone page, its events, the ballot endpoint, the join QR code) on SEMINAR_BIND.
 * The deck is dist/, built again first when a source is newer; SEMINAR_DECK_DIR serves another build as it is.
 * Ctrl+C writes the room's results to exports/seminar-YYYY-MM-DD.csv and compacts the vote journal.
 *
 * Usage: `npm run seminar` (optional: PORT=3030, SEMINAR_HOST=laptop.local, SEMINAR_BIND=0.0.0.0,
 * SEMINAR_AUDIENCE_PORT=PORT+1, SEMINAR_VOTERS_PER_ADDRESS=4, SEMINAR_DIR=.seminar, SEMINAR_DECK_DIR=dist)
 */

import { networkInterfaces } from 'node:os'
import process from 'node:process'
import { startSeminar } from '../seminar/server'
import { ensureBuilt } from '../tools/deckBuild'

const env = process.env
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
const seminar = await startSeminar({ deckDir, port, audiencePort, bind, audienceUrl, dir: env.SEMINAR_DIR ?? '.seminar', exportsDir: env.SEMINAR_EXPORTS_DIR ?? 'exports', votersPerAddress })

console.log(`\n  Audience (phones): ${audienceUrl}`)
console.log(`  Projector:         http://127.0.0.1:${port}${seminar.base}join (on this laptop, in a window on the projector's screen)`)
console.log(`  Presenter:         http://127.0.0.1:${port}${seminar.base}presenter (on this laptop)\n`)

let stopping = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping)
      return
    stopping = true
    console.log(`\n  The room's results: ${seminar.exportCsv()}`)
    await seminar.stop()
    process.exit(0)
  })
}
