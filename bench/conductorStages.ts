/**
 * Where a conductor command's time goes, for `npm run bench:votes` (bench/conductor.ts): the times each tab
 * noted as the command passed (on this machine's clock, ms) become the stages of its path, from the phone's
 * request to the projector tab's painted frame. Plain logic, so that it has tests.
 *
 * Usage: `commandStages(sent, presenterMarks, projectorMarks)`; `slowest(traces, 5)` for the lines to print.
 */

import { median } from './report'

/** What the presenter view noted: the command heard on the deck's event stream, Slidev's shared state posted to the other tabs. */
export interface PresenterMarks { heard?: number, synced?: number }
/** What the projector tab noted: Slidev's shared state received, its router's move, the next frame, that frame painted. */
export interface ProjectorMarks { told?: number, routed?: number, frame?: number, painted?: number }

/** The stages in path order, each ending at the mark of the same place in `MARKS`. */
export const STAGES = ['server', 'presenter', 'sync', 'route', 'frame', 'paint'] as const
export type Stage = typeof STAGES[number]
const MARKS = ['heard', 'synced', 'told', 'routed', 'frame', 'painted'] as const

/** What each stage means, for the printed table. */
export const STAGE_NAMES: Record<Stage, string> = {
  server: 'phone → presenter view (HTTP, the server, the deck\'s event stream)',
  presenter: 'the presenter view moves (Slidev\'s next/prev, its router) and posts Slidev\'s shared state',
  sync: 'BroadcastChannel to the projector tab',
  route: 'the projector tab\'s router follows',
  frame: 'render and wait for the next frame',
  paint: 'that frame\'s style, layout and paint',
}

export interface CommandTrace {
  i: number
  action: 'next' | 'prev'
  /** Slide and click step the command was pressed on (`no:clicks`). */
  from: string
  /** Where the projector tab went (path and query). */
  to: string
  /** Sent → the first frame after the projector's move begins, ms. */
  frameMs: number
  /** Sent → that frame painted, ms: the projector shows the move. */
  shownMs: number
  stages: Partial<Record<Stage, number>>
}

/**
 * The stages of one command, in ms. A stage whose closing mark is missing is left out, and the next one is
 * counted from the last mark there was, so the stages always add up to the time from `sent` to the last mark.
 */
export function commandStages(sent: number, presenter: PresenterMarks, projector: ProjectorMarks): Partial<Record<Stage, number>> {
  // Each tab notes every mark (the projector hears the command too, and echoes Slidev's state back): only the
  // presenter view's first two and the projector's last four are this path.
  const marks: Record<(typeof MARKS)[number], number | undefined> = { heard: presenter.heard, synced: presenter.synced, told: projector.told, routed: projector.routed, frame: projector.frame, painted: projector.painted }
  const stages: Partial<Record<Stage, number>> = {}
  let from = sent
  MARKS.forEach((mark, k) => {
    const at = marks[mark]
    if (at === undefined || !Number.isFinite(at))
      return
    stages[STAGES[k]!] = at - from
    from = at
  })
  return stages
}

/** The `n` slowest commands (by the time until the projector showed them), one line each, with their stages. */
export function slowest(traces: CommandTrace[], n: number): string[] {
  return [...traces].sort((a, b) => b.shownMs - a.shownMs).slice(0, n).map(t =>
    `#${t.i} ${t.action} from ${t.from} to ${t.to}: ${t.shownMs.toFixed(1)} ms (${STAGES.filter(s => t.stages[s] !== undefined).map(s => `${s} ${t.stages[s]!.toFixed(1)}`).join(', ')})`)
}

/** Each stage's median and largest share over all commands, ms. */
export function stageSummary(traces: CommandTrace[]): { stage: Stage, median: number, max: number }[] {
  return STAGES.map((stage) => {
    const xs = traces.map(t => t.stages[stage]).filter((x): x is number => x !== undefined)
    return { stage, median: median(xs) ?? Number.NaN, max: xs.length ? Math.max(...xs) : Number.NaN }
  })
}
