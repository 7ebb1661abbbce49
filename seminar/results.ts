/**
 * The room's results on one votable question, as the results slide shows them and the saved record writes
 * them: whether it was asked, how many voted and got it right, the key's letters, and the wrong option the
 * room chose most. Plain functions, no I/O, for Node and the browser alike.
 *
 * Usage: `const r = roomResult(q, tally, asked.has(q.id))`; `r.status`; `r.mostChosenWrong?.options[0].letter`
 */

import type { QuizQuestion } from '../quiz/engine/types'
import type { QuestionTally } from './protocol'
import { isKeyOption, letter } from '../quiz/engine/scoring'
import { shareRight } from './protocol'

/** Never opened by the presenter; opened and still taking votes; opened and its voting closed (the reveal). */
export type RoomStatus = 'not-asked' | 'open' | 'closed'

/** The status in words, for the record and the slide. */
export const STATUS_WORDS: Record<RoomStatus, string> = {
  'not-asked': 'not asked',
  'open': 'asked, voting open',
  'closed': 'asked, voting closed',
}

export interface LetteredOption {
  id: string
  /** A, B, C… in display order, as on the slide and the phones. */
  letter: string
  text: string
}

export interface RoomResult {
  status: RoomStatus
  voters: number
  /** Voters whose whole answer is right. */
  right: number
  /** Whole percent, undefined when nobody voted. */
  share: number | undefined
  key: LetteredOption[]
  /** How many voters chose each option (for select-all, every option a voter ticked), in display order. */
  counts: { option: LetteredOption, count: number }[]
  /** The option outside the key chosen most (several when tied), or undefined when nobody chose one. */
  mostChosenWrong: { options: LetteredOption[], count: number } | undefined
}

const lettered = (q: QuizQuestion) => q.options.map((o, i): LetteredOption => ({ id: o.id, letter: letter(i), text: o.text }))

/**
 * One question's results. `asked`: the presenter opened it at some point; a question with votes or closed
 * voting was asked whatever `asked` says (only an open question takes votes).
 */
export function roomResult(q: QuizQuestion, tally: QuestionTally | undefined, asked: boolean): RoomResult {
  const options = lettered(q)
  const voters = tally?.voters ?? 0
  const counts = options.map(option => ({ option, count: tally?.counts[option.id] ?? 0 }))
  const wrong = counts.filter(c => !isKeyOption(q, c.option.id) && c.count > 0)
  const most = Math.max(0, ...wrong.map(c => c.count))
  return {
    status: tally?.closed ? 'closed' : asked || voters > 0 ? 'open' : 'not-asked',
    voters,
    right: tally?.right ?? 0,
    share: shareRight(tally),
    key: options.filter(o => isKeyOption(q, o.id)),
    counts,
    mostChosenWrong: most ? { options: wrong.filter(c => c.count === most).map(c => c.option), count: most } : undefined,
  }
}

/** "C" or "B, D": options by their letters. */
export const lettersOf = (options: readonly LetteredOption[]) => options.map(o => o.letter).join(', ')

/** Splits `items` into as few pages of at most `most` as it can, as even as it can: 13 by 12 make 7 and 6. */
export function pagesOf<T>(items: readonly T[], most: number): T[][] {
  const count = Math.max(1, Math.ceil(items.length / most))
  const size = Math.ceil(items.length / count)
  return Array.from({ length: count }, (_, i) => items.slice(i * size, (i + 1) * size))
}
