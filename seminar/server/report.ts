/**
 * The teacher's report of a seminar: what the room misread. One self-contained HTML file (inline CSS and SVG
 * charts, no script, no request for anything), written beside the record's CSV with the same stem. Per question
 * asked: share right in round 1 and round 2, how many moved from wrong to right and from right to wrong, the wrong
 * option chosen most with its explanation from the bank, share right by confidence (calibration), difficulty
 * (share right in the last round) and discrimination (the upper–lower index, Kelley's 27%: share right among the
 * top 27% of devices by their total over the questions asked, minus the bottom 27%, each share over the group's
 * devices that answered the question; devices tied at a group's edge share its last places; below 0.2 is marked).
 * Moodle's quiz statistics compute their discrimination index as a correlation instead: the two differ. Then the article
 * paragraphs behind the questions the room missed most, linked to the deck's `/article#pN`. Devices are counted,
 * never named: no voter id, network address or cookie reaches the file.
 *
 * Usage: `saveFiles(dir, exportName(when), roomFiles(recordQuestions(quizBank, slideOf), room, { when, paragraphs, articleUrl }))`;
 * or `const a = analyseRoom(rows, room.tally, room.wasAsked)`; `reportHtml(a, { when, paragraphs, articleUrl })`
 */

import type { Confidence, QuestionTally, RoundTally } from '../protocol'
import type { LetteredOption, RoomResult } from '../results'
import type { RecordQuestion } from './csv'
import type { Vote } from './tally'
import { choicesRight, isKeyOption, round2 } from '../../quiz/engine/scoring'
import { escapeHtml } from '../../tools/html'
import { PALETTE, PALETTE_ROOT } from '../../tools/palette'
import { CONFIDENCE_WORDS, DISCUSS_BAND, shareRight } from '../protocol'
import { lettersOf, roomResult } from '../results'
import { CSV_EXTENSION, roomCsv, roundTally } from './csv'

/** Discrimination below this marks a question that did not separate the room. */
export const WEAK_DISCRIMINATION = 0.2
/** Kelley's share of devices in the top and the bottom group of the upper–lower discrimination index. */
export const GROUP_SHARE = 0.27

export interface QuestionAnalysis {
  row: RecordQuestion
  /** The last round held, as the results slide shows it. */
  result: RoomResult
  /** Each round held: its votes and its result. */
  rounds: { tally: RoundTally, result: RoomResult }[]
  moved: QuestionTally['moved']
  /** The wrong option chosen most in the last round, with the bank's explanation of why it is wrong. */
  mostWrong: { option: LetteredOption, explanation: string, count: number }[]
  /** Share right in the last round, 0–1 (Moodle's facility index); undefined when nobody voted. */
  difficulty: number | undefined
  /**
   * Upper–lower (Kelley 27%) discrimination: share right in the top 27% of devices minus the bottom 27%, −1 to 1;
   * undefined with fewer than two devices, or when no device of a group answered the question.
   */
  discrimination: number | undefined
}

export interface RoomAnalysis {
  questions: QuestionAnalysis[]
  /** Devices that voted on at least one question. */
  devices: number
  /** Devices in each of the top and bottom groups. */
  group: number
}

interface TallySource {
  snapshot: (id: string) => QuestionTally
  ballots: (id: string) => [voterId: string, vote: Vote][][]
}

/**
 * The upper–lower (Kelley 27%) discrimination index of each question, from each device's right answers
 * (question id → right or not, for the questions it answered). Devices are ranked by their total right; the top
 * and the bottom group each hold 27% of them (at least one). Devices tied on the total at a group's edge share
 * its places left equally (each counts for that fraction), so the groups do not depend on the order devices
 * voted in. A group's share right on a question is taken over its devices that answered it: a device that joined
 * late is not counted wrong on what it never saw. A question no device of a group answered gets no index.
 */
export function discrimination(answers: ReadonlyMap<string, ReadonlyMap<string, boolean>>, questionIds: readonly string[]): { index: Map<string, number>, group: number } {
  const devices = Array.from(answers.values(), d => ({ d, total: [...d.values()].filter(Boolean).length }))
  const index = new Map<string, number>()
  if (devices.length < 2)
    return { index, group: 0 }
  const group = Math.max(1, Math.round(GROUP_SHARE * devices.length))
  /** The group's devices with their weights: those strictly past the cut count fully, those tied at it share the places left. */
  const members = (better: (a: number, b: number) => boolean) => {
    const totals = devices.map(x => x.total).sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0))
    const cut = totals[group - 1]!
    const past = devices.filter(x => better(x.total, cut))
    const tied = devices.filter(x => x.total === cut)
    const share = (group - past.length) / tied.length
    return [...past.map(x => ({ d: x.d, w: 1 })), ...tied.map(x => ({ d: x.d, w: share }))]
  }
  const top = members((a, b) => a > b)
  const bottom = members((a, b) => a < b)
  const shareRight = (g: typeof top, id: string) => {
    const answered = g.filter(x => x.d.has(id))
    const weight = answered.reduce((n, x) => n + x.w, 0)
    return weight ? answered.reduce((n, x) => n + (x.d.get(id) ? x.w : 0), 0) / weight : undefined
  }
  for (const id of questionIds) {
    const high = shareRight(top, id)
    const low = shareRight(bottom, id)
    if (high !== undefined && low !== undefined)
      index.set(id, round2(high - low))
  }
  return { index, group }
}

export function analyseRoom(rows: readonly RecordQuestion[], tally: TallySource, wasAsked: (id: string) => boolean): RoomAnalysis {
  const asked = rows.filter(r => wasAsked(r.question.id) || tally.snapshot(r.question.id).voters > 0)
  // Each device's right answers in the last round held of each question asked.
  const answers = new Map<string, Map<string, boolean>>()
  for (const { question: q } of asked) {
    for (const [voter, vote] of tally.ballots(q.id).at(-1) ?? []) {
      if (!answers.has(voter))
        answers.set(voter, new Map())
      answers.get(voter)!.set(q.id, choicesRight(q, vote.o))
    }
  }
  const { index, group } = discrimination(answers, asked.map(r => r.question.id))
  const questions = asked.map((row): QuestionAnalysis => {
    const q = row.question
    const t = tally.snapshot(q.id)
    const rounds = (t.rounds ?? []).map(r => ({ tally: r, result: roomResult(q, roundTally(t, r), true) }))
    const result = roomResult(q, t, true)
    const wrong = result.mostChosenWrong
    return {
      row,
      result,
      rounds,
      moved: t.moved,
      mostWrong: wrong ? wrong.options.map(option => ({ option, explanation: q.options.find(o => o.id === option.id)!.explanation, count: wrong.count })) : [],
      difficulty: t.voters ? round2(t.right / t.voters) : undefined,
      discrimination: t.voters ? index.get(q.id) : undefined,
    }
  })
  return { questions, devices: answers.size, group }
}

const percent = (n: number | undefined) => n === undefined ? '–' : `${n}%`

/** A horizontal bar chart: one labelled bar per row, 0–100%, in inline SVG. */
function bars(rows: { label: string, value: number | undefined, note?: string, tone?: 'right' | 'plain' | 'before' }[], title: string): string {
  const rowH = 22
  const labelW = 120
  const barW = 260
  const h = rows.length * rowH + 4
  const fill = { right: PALETTE.ok, plain: PALETTE.accent, before: '#7d93a8' }
  const body = rows.map((r, i) => {
    const y = i * rowH + 2
    const w = Math.round(((r.value ?? 0) / 100) * barW)
    return `<text x="0" y="${y + 15}">${escapeHtml(r.label)}</text>`
      + `<rect x="${labelW}" y="${y + 3}" width="${barW}" height="14" fill="#dfe4e8" rx="3"/>`
      + `<rect x="${labelW}" y="${y + 3}" width="${w}" height="14" fill="${fill[r.tone ?? 'plain']}" rx="3"/>`
      + `<text x="${labelW + barW + 8}" y="${y + 15}">${escapeHtml(`${percent(r.value)}${r.note ? ` ${r.note}` : ''}`)}</text>`
  }).join('')
  return `<svg role="img" aria-label="${escapeHtml(title)}" width="520" height="${h}" viewBox="0 0 520 ${h}" font-size="13" font-family="system-ui, sans-serif">${body}</svg>`
}

function calibration(r: RoundTally): { label: string, value: number | undefined, note: string }[] {
  return (['sure', 'fair', 'guess', 'none'] as (Confidence | 'none')[]).filter(c => r.byConfidence[c].voters).map(c => ({
    label: CONFIDENCE_WORDS[c],
    value: shareRight(r.byConfidence[c]),
    note: `(${r.byConfidence[c].right} of ${r.byConfidence[c].voters})`,
  }))
}

export interface ReportOptions {
  when: Date
  /** The article's paragraphs, numbered from 1 as the deck's /article numbers them. */
  paragraphs: readonly string[]
  /** The deck's article page (`…/article`), for the `#pN` links. */
  articleUrl: string
  /** How many of the most-missed questions get their paragraphs quoted. */
  mostMissed?: number
}

/** The report as one HTML page. */
export function reportHtml(a: RoomAnalysis, { when, paragraphs, articleUrl, mostMissed = 3 }: ReportOptions): string {
  const stamp = when.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })
  const where = (r: RecordQuestion) => `${r.slide ? `Slide ${r.slide}, ` : ''}${r.section}, question ${r.number} of ${r.of}`
  const summary = a.questions.map((x) => {
    const [r1, r2] = x.rounds
    const weak = x.discrimination !== undefined && x.discrimination < WEAK_DISCRIMINATION
    return `<tr${weak ? ' class="weak"' : ''}><td>${x.row.slide ?? ''}</td><td><a href="#q-${escapeHtml(x.row.question.id)}">${escapeHtml(x.row.question.prompt)}</a></td>`
      + `<td>${percent(r1?.result.share)} <small>of ${r1?.tally.voters ?? 0}</small></td><td>${r2 ? `${percent(r2.result.share)} <small>of ${r2.tally.voters}</small>` : '–'}</td>`
      + `<td>${x.moved ? `${x.moved.wrongToRight} / ${x.moved.rightToWrong}` : '–'}</td>`
      + `<td>${x.difficulty?.toFixed(2) ?? '–'}</td><td>${x.discrimination?.toFixed(2) ?? '–'}${weak ? ' <strong>weak</strong>' : ''}</td></tr>`
  }).join('\n')

  const sections = a.questions.map((x) => {
    const q = x.row.question
    const [r1, r2] = x.rounds
    const shares = bars([
      { label: 'Round 1 (alone)', value: r1?.result.share, note: `of ${r1?.tally.voters ?? 0}`, tone: r2 ? 'before' : 'right' },
      ...r2 ? [{ label: 'Round 2', value: r2.result.share, note: `of ${r2.tally.voters}`, tone: 'right' as const }] : [],
    ], `Share right by round: ${q.id}`)
    const options = x.result.counts.map(c => `<li${isKeyOption(q, c.option.id) ? ' class="key"' : ''}><b>${c.option.letter}</b> ${escapeHtml(c.option.text)}: ${r2 ? `${r1!.result.counts.find(d => d.option.id === c.option.id)!.count} → ` : ''}${c.count}${isKeyOption(q, c.option.id) ? ' ✓' : ''}</li>`).join('')
    const moved = x.moved ? `<p>Between the rounds, <b>${x.moved.wrongToRight}</b> moved from wrong to right and <b>${x.moved.rightToWrong}</b> from right to wrong (${x.moved.stayedRight} stayed right, ${x.moved.stayedWrong} stayed wrong).</p>` : '<p>No second round.</p>'
    const wrong = x.mostWrong.length
      ? x.mostWrong.map(w => `<p class="wrong">The wrong answer chosen most (${w.count}): <b>${w.option.letter}</b> ${escapeHtml(w.option.text)}<br><span>${escapeHtml(w.explanation)}</span></p>`).join('')
      : '<p>No wrong answer was chosen.</p>'
    const cal = x.rounds.map((r, i) => {
      const rows = calibration(r.tally)
      return rows.length ? `<figure><figcaption>Share right by confidence, round ${i + 1}</figcaption>${bars(rows, `Share right by confidence, round ${i + 1}: ${q.id}`)}</figure>` : ''
    }).join('')
    const weak = x.discrimination !== undefined && x.discrimination < WEAK_DISCRIMINATION
    return `<section id="q-${escapeHtml(q.id)}"><h3>${escapeHtml(q.prompt)}</h3><p class="where">${escapeHtml(where(x.row))} · key ${escapeHtml(lettersOf(x.result.key))}</p>`
      + `<figure><figcaption>Share right</figcaption>${shares}</figure><ul class="options">${options}</ul>${moved}${wrong}${cal}`
      + `<p>Difficulty (share right): <b>${x.difficulty?.toFixed(2) ?? '–'}</b> · discrimination: <b>${x.discrimination?.toFixed(2) ?? '–'}</b>${weak ? ' <strong class="weak">below 0.2: it did not separate those who followed from those who did not</strong>' : ''}</p></section>`
  }).join('\n')

  const missed = a.questions.filter(x => x.result.share !== undefined).sort((x, y) => x.result.share! - y.result.share!).slice(0, mostMissed)
  const passages = missed.map((x) => {
    const ns = [...new Set(x.row.question.sources.map(s => s.paragraph))]
    return `<section><h3>${escapeHtml(x.row.question.prompt)} <small>(${percent(x.result.share)} right)</small></h3>${ns.map(n => `<blockquote><p>${escapeHtml(paragraphs[n - 1] ?? '')}</p><p><a href="${escapeHtml(`${articleUrl}#p${n}`)}">Article, paragraph ${n}</a></p></blockquote>`).join('')}</section>`
  }).join('\n')

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>What the room misread · seminar of ${escapeHtml(stamp)}</title>
<style>
:root { ${PALETTE_ROOT} }
body { font-family: system-ui, sans-serif; color: var(--rj-ink); max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; line-height: 1.45; }
h1 { color: var(--rj-accent); margin-bottom: 0.2rem; }
h2 { color: var(--rj-accent); border-bottom: 2px solid var(--rj-accent); margin-top: 2.2rem; }
h3 { margin: 1.6rem 0 0.2rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
th, td { text-align: left; padding: 0.25rem 0.4rem; border-bottom: 1px solid var(--rj-border); vertical-align: top; }
tr.weak td { background: #fff4e0; }
strong.weak, tr.weak strong { color: #9b5a00; }
.where { color: var(--rj-muted); margin: 0; }
figure { margin: 0.6rem 0; }
figcaption { font-weight: 700; font-size: 0.9rem; }
.options { padding-left: 1.2rem; }
.options li.key { color: var(--rj-ok); font-weight: 600; }
.wrong span { color: var(--rj-muted); }
blockquote { margin: 0.4rem 0; padding: 0.3rem 0.9rem; border-left: 4px solid var(--rj-accent); background: var(--rj-surface); }
@media print { section { break-inside: avoid; } }
</style>
</head>
<body>
<h1>What the room misread</h1>
<p>Seminar of ${escapeHtml(stamp)}: ${a.questions.length} ${a.questions.length === 1 ? 'question' : 'questions'} asked, ${a.devices} ${a.devices === 1 ? 'device' : 'devices'} voted.</p>
<p>How to read it. <b>Round 1</b> is each reader alone; <b>round 2</b> comes after talking it over with a neighbour (peer instruction).
A round 1 between ${DISCUSS_BAND.low}% and ${DISCUSS_BAND.high}% right is where discussion helps most; below it, go back over the passage.
<b>Difficulty</b> is the share right in the last round (1.00: everyone). <b>Discrimination</b> is the upper–lower index (Kelley's ${Math.round(GROUP_SHARE * 100)}%): it compares the top ${Math.round(GROUP_SHARE * 100)}% of devices by their total right
over these questions with the bottom ${Math.round(GROUP_SHARE * 100)}% (${a.group} ${a.group === 1 ? 'device' : 'devices'} each; devices tied at a group's edge share its last places): the share right in the top group minus the share right in the bottom one,
each over the group's devices that answered the question, so a phone that joined late is not counted wrong on what it never saw.
Below ${WEAK_DISCRIMINATION} (marked <strong class="weak">weak</strong>) the question did not separate those who followed from those who did not: it may be too easy, too hard, or ambiguous.
A confident wrong answer (right by confidence: sure, low) is the misreading most worth correcting.</p>
<h2>Questions</h2>
<table>
<thead><tr><th>Slide</th><th>Question</th><th>Round 1 right</th><th>Round 2 right</th><th>Moved wrong→right / right→wrong</th><th>Difficulty</th><th>Discrimination</th></tr></thead>
<tbody>
${summary}
</tbody>
</table>
<h2>What the room missed most: the article's passages</h2>
${passages || '<p>No question had votes.</p>'}
<h2>Each question</h2>
${sections}
</body>
</html>
`
}

/**
 * What a save writes, from the room as it is: the CSV (csv.ts) and this report, each as `[extension, text]` for
 * saveFiles. Both read the room's tallies and which questions were asked, never its voters or their addresses.
 */
export function roomFiles(rows: readonly RecordQuestion[], room: { tally: TallySource, wasAsked: (id: string) => boolean }, o: ReportOptions): [extension: string, text: string][] {
  const analysis = analyseRoom(rows, room.tally, room.wasAsked)
  const discrimination = new Map(analysis.questions.map(x => [x.row.question.id, x.discrimination]))
  return [
    [CSV_EXTENSION, roomCsv(rows, room.tally.snapshot, room.wasAsked, id => discrimination.get(id))],
    ['.html', reportHtml(analysis, o)],
  ]
}
