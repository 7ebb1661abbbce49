/**
 * Turns the medians into the bench's markdown table: | Figure | Deck | Bare | Ratio | Target | Met? |.
 * Targets are reported, never asserted. A figure the bench could not measure shows as "n/a".
 *
 * Usage: `console.log(table(rows))`, with `rows: Row[]` built by bench/run.ts
 */

export interface Target {
  text: string
  met: (deck: number, bare: number) => boolean
  /** Judged against the bare deck's figure. */
  relative?: true
}

export interface Row {
  figure: string
  deck: number | undefined
  bare: number | undefined
  /** Decimals shown; `'yes/no'` for booleans stored as 1/0. */
  digits: number | 'yes/no'
  target?: Target
}

export const atMostRatio = (r: number): Target => ({ text: `≤ ${r}× bare`, met: (d, b) => d <= r * b, relative: true })
export const atMost = (x: number, unit = ''): Target => ({ text: `≤ ${x}${unit}`, met: d => d <= x })
export const atLeast = (x: number): Target => ({ text: `≥ ${x}`, met: d => d >= x })
export const exactly = (x: number): Target => ({ text: `= ${x}`, met: d => d === x })
export const yes: Target = { text: 'yes', met: d => d === 1 }

export function median(values: (number | undefined)[]): number | undefined {
  const known = values.filter((v): v is number => v !== undefined && Number.isFinite(v)).sort((a, b) => a - b)
  if (known.length === 0)
    return undefined
  const mid = Math.floor(known.length / 2)
  return known.length % 2 ? known[mid] : (known[mid - 1]! + known[mid]!) / 2
}

/** The median of each numeric (or boolean, as 1/0) field over several runs; missing runs are skipped. */
export function medians(runs: (object | null | undefined)[]): Record<string, number | undefined> {
  const present = runs.filter((r): r is object => !!r).map(r => Object.entries(r))
  const keys = new Set(present.flatMap(entries => entries.map(([k]) => k)))
  return Object.fromEntries(Array.from(keys, key =>
    [key, median(present.map(entries => asNumber(entries.find(([k]) => k === key)?.[1])))]))
}

function asNumber(v: unknown): number | undefined {
  if (typeof v === 'boolean')
    return v ? 1 : 0
  return typeof v === 'number' ? v : undefined
}

function format(v: number | undefined, digits: Row['digits']): string {
  if (v === undefined || !Number.isFinite(v))
    return 'n/a'
  if (digits === 'yes/no')
    return v ? 'yes' : 'no'
  return v.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits })
}

export function metOf(row: Row): boolean | undefined {
  if (!row.target || row.deck === undefined || !Number.isFinite(row.deck))
    return undefined
  if (row.target.relative && (row.bare === undefined || !Number.isFinite(row.bare)))
    return undefined
  return row.target.met(row.deck, row.bare ?? Number.NaN)
}

export function table(rows: Row[]): string {
  const lines = ['| Figure | Deck | Bare | Ratio | Target | Met? |', '| --- | ---: | ---: | ---: | --- | :---: |']
  for (const row of rows) {
    const ratio = row.digits !== 'yes/no' && row.deck && row.bare ? `${(row.deck / row.bare).toFixed(2)}×` : ''
    const met = metOf(row)
    lines.push(`| ${row.figure} | ${format(row.deck, row.digits)} | ${format(row.bare, row.digits)} | ${ratio} | ${row.target?.text ?? ''} | ${met === undefined ? (row.target ? 'n/a' : '') : met ? 'yes' : '**no**'} |`)
  }
  return lines.join('\n')
}

/** The heaviest files of one first load, as a markdown list: which chunk costs what. */
export function heaviest(title: string, files: { path: string, bytes: number }[] | undefined, count = 8): string {
  const list = (files ?? []).slice(0, count).map(f => `- ${(f.bytes / 1000).toFixed(1)} kB \`${f.path}\``)
  return `**${title}**\n\n${list.join('\n') || '- n/a'}`
}
