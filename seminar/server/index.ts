/**
 * Starts a seminar: the room's state from its journal, the presenter server on 127.0.0.1 (the ordinary
 * built deck, deck.ts, and the presenter's verbs, presenter.ts) and the audience server on its own port and
 * address (phones only, audience.ts). Changes reach the deck's tabs and the phones once per turn of the event
 * loop, however many ballots were applied in it. Being reachable from this laptop alone is what guards the
 * presenter's side: it asks for no password.
 *
 * Usage: `const s = await startSeminar({ deckDir, port, audiencePort, bind, audienceUrl, dir, exportsDir, votersPerAddress, plan })`; `s.base`; `s.stop()`
 */

import type { Server } from 'node:http'
import type { QuizQuestion } from '../../quiz/engine/types'
import type { PhoneMeta } from './audience'
import type { Conductor } from './conductor'
import type { RecordKind } from './record'
import type { Entry } from './room'
import { mkdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { fileURLToPath } from 'node:url'
import QRCode from 'qrcode'
import { articleParagraphs } from '../../content/article'
import { allQuestions, quizBank } from '../../quiz/bank'
import { audienceRoutes, phoneQuestion } from './audience'
import { createConductor } from './conductor'
import { exportName, recordQuestions, saveFiles } from './csv'
import { deckFiles } from './deck'
import { createEventHub } from './events'
import { openJournal } from './journal'
import { presenterRoutes } from './presenter'
import { chooseRecord } from './record'
import { roomFiles } from './report'
import { createRoom } from './room'
import { quizSlides } from './slides'

export interface SeminarOptions {
  /** The built deck (`dist/`), served under the base it was built for. */
  deckDir: string
  port: number
  audiencePort: number
  bind: string
  audienceUrl: string
  /** Where the records live (`rehearsal/`, `class/`, `classes/`: seminar/server/record.ts). */
  dir: string
  /** A rehearsal (its own record, begun afresh) or the class (resumed after a crash). */
  record: RecordKind
  /** For a class: bring back the last class that ended, rather than begin a new one. */
  resume?: boolean
  exportsDir: string
  votersPerAddress: number
  /** The deck's source folder (its slides.md), for the slide of each question in the record: this project's by default. */
  deckSource?: string
  /** The questions that open for voting (seminar/plan.ts `chooseQuestions`); every question when left out. */
  plan?: readonly string[]
}

function listen(server: Server, port: number, host: string) {
  return new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, host, () => resolve()))
}

export async function startSeminar(o: SeminarOptions) {
  const questionList: QuizQuestion[] = allQuestions
  const questions = new Map(questionList.map(q => [q.id, q]))
  const decks = createEventHub<undefined>({ perAddress: 32, total: 32 })
  // Twice as many streams as voters per address (a phone may have two tabs), and more once the presenter allows more.
  let capOf = (_address: string) => o.votersPerAddress
  const phones = createEventHub<PhoneMeta>({ perAddress: address => Math.max(8, 2 * capOf(address)), total: 2000 })

  const dirty = new Set<string>()
  /** The presenter's phone (conductor.ts), made once the room is: it hears of the votes too. */
  let conductor: Conductor | undefined
  let currentChanged = false
  let refusedChanged = false
  let scheduled = false
  const record = chooseRecord(o.dir, o.record, { resume: o.resume })
  const journal = openJournal<Entry>(record.file)
  const room = createRoom({
    questions,
    journal,
    votersPerAddress: o.votersPerAddress,
    onChange({ kind, questionId }) {
      if (kind === 'tally' && questionId)
        dirty.add(questionId)
      else if (kind === 'refused')
        refusedChanged = true
      else currentChanged = true
      if (!scheduled)
        setImmediate(flush)
      scheduled = true
    },
  })
  /** Sends what changed since the last flush: tallies to decks, the current question to decks and phones. */
  function flush() {
    scheduled = false
    for (const id of dirty) decks.send('tally', { ...room.tally.snapshot(id), seq: room.seq })
    if (currentChanged) {
      decks.send('current', { current: room.current, seq: room.seq })
      phones.sendEach('current', m => phoneQuestion(room, m.voterId))
    }
    if (refusedChanged)
      decks.send('refused', { refused: room.refused() })
    if (dirty.size || currentChanged)
      conductor?.roomChanged()
    dirty.clear()
    currentChanged = false
    refusedChanged = false
  }
  capOf = room.capOf
  if (room.skippedLines)
    console.warn(`Seminar: ${room.skippedLines} journal line(s) could not be read and were skipped.`)
  // No question is open until the presenter's view says which slide it is on (it does as soon as it connects).
  await room.setCurrent(null)

  let qrSvg: Promise<string> | undefined
  const qr = () => qrSvg ??= QRCode.toString(o.audienceUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
  const slides = await quizSlides(o.deckSource ?? fileURLToPath(new URL('../..', import.meta.url))).catch((e: Error) => {
    console.warn(`Seminar: cannot read the deck's slides (${e.message}); the saved results will give no slide numbers.`)
    return new Map<string, number>()
  })
  const deck = deckFiles(o.deckDir)
  const recorded = recordQuestions(quizBank, id => slides.get(id))
  const paragraphs = articleParagraphs(readFileSync(new URL('../../content/article.md', import.meta.url), 'utf8'))
  /**
   * Writes the room's results to a new CSV file and the report beside it (report.ts), under one stem that neither
   * file's name takes yet (never over an earlier file); returns the CSV's path and the report's.
   */
  const exportCsv = () => {
    mkdirSync(o.exportsDir, { recursive: true })
    const when = new Date()
    const [file, report] = saveFiles(o.exportsDir, exportName(when, o.record), roomFiles(recorded, room, { when, paragraphs, articleUrl: `http://127.0.0.1:${o.port}${deck.base}article` }))
    return { file: file!, report: report! }
  }

  const page = readFileSync(new URL('../client/vote.html', import.meta.url), 'utf8')
  const conductorRoutes = conductor = createConductor({ room, decks, audienceUrl: o.audienceUrl })
  const presenter = createServer(presenterRoutes({ room, decks, deck: deck.serve, base: deck.base, port: o.port, audienceUrl: o.audienceUrl, record: o.record, qr, exportCsv, plan: o.plan, conductor: conductorRoutes }))
  const phonesRoutes = audienceRoutes({ room, phones, page, qr })
  // The conductor's paths (/pair, /conduct…) first; every other path is the phones' as before.
  const audience = createServer(async (req, res) => {
    if (!await conductorRoutes.audience(req, res))
      await phonesRoutes(req, res)
  })
  await listen(presenter, o.port, '127.0.0.1')
  await listen(audience, o.audiencePort, o.bind)

  return {
    room,
    record,
    exportCsv,
    /** The path the deck is served under on the presenter's port. */
    base: deck.base,
    /** A clean exit: streams closed, the journal compacted (same state, fewer lines), a class's record ended. */
    async stop() {
      decks.close()
      phones.close()
      conductorRoutes.close()
      presenter.closeAllConnections()
      audience.closeAllConnections()
      await Promise.all([presenter, audience].map(s => new Promise(r => s.close(r))))
      journal.compact(room.entries())
      return record.end()
    },
  }
}
