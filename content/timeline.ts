/**
 * Dated events mentioned in the article, in chronological order, for the context timeline
 * (pages/02-context.md). Every event cites the article: `paragraph` plus a verbatim `quote`.
 *
 * Paragraph rule (shared with content/article.ts and the speaker notes): after the YAML
 * frontmatter of content/article.md, every non-empty line is one paragraph, numbered from 1.
 * The title line is paragraph 1, "July 23, 2016" is paragraph 2, and headings such as
 * "The China factor" count as paragraphs. `quote` must appear in that paragraph once
 * typography is normalised (curly quotes, dashes, whitespace); tests/content/timeline.test.ts checks it.
 */

/** A date as precise as the article gives it. Missing parts are unknown, not zero. */
export interface TimelineDate {
  year: number
  /** 1-12 */
  month?: number
  day?: number
  /** The article only says "at the end of this year". */
  endOfYear?: boolean
}

export interface TimelineEvent {
  /** Stable id, kebab-case. */
  id: string
  when: TimelineDate
  /** Short summary shown on the slide, in the deck's words. */
  text: string
  /** 'possible' for what the article anticipates rather than reports. */
  status: 'reported' | 'possible'
  /** 1-based article paragraph, see the rule above. */
  paragraph: number
  /** Verbatim passage from that paragraph. */
  quote: string
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const

/**
 * Sort key: a date without a month sorts at the start of its year, a date without a day at the
 * start of its month, and `endOfYear` after every month of that year.
 */
export function chronoKey(when: TimelineDate): number {
  const month = when.month ?? (when.endOfYear ? 13 : 0)
  return when.year * 10_000 + month * 100 + (when.day ?? 0)
}

/** Human label for a date, as precise as the data: '2014', 'May 2016', '12 July 2016', 'End of 2016'. */
export function formatWhen(when: TimelineDate): string {
  if (when.endOfYear)
    return `End of ${when.year}`
  if (when.month === undefined)
    return String(when.year)
  const month = MONTHS[when.month - 1] ?? `Month ${when.month}`
  return when.day === undefined ? `${month} ${when.year}` : `${when.day} ${month} ${when.year}`
}

export const timeline: TimelineEvent[] = [
  {
    id: 'crimea-sanctions',
    when: { year: 2014 },
    // The article dates only the incorporation; the sanctions answer it, and Tokyo "still" supports them in 2016.
    text: 'Crimea is incorporated; Washington’s sanctions respond, and Tokyo still supports them in 2016',
    status: 'reported',
    paragraph: 6,
    quote: 'Tokyo still supports Washington’s sanctions against Moscow in response to the incorporation of Crimea in 2014',
  },
  {
    id: 'abe-sochi',
    when: { year: 2016, month: 5 },
    text: 'Abe visits Sochi; the agenda involves a “new approach” to the Southern Kurils dispute',
    status: 'reported',
    paragraph: 5,
    quote: 'The visit of Prime Minister Abe to Sochi back in May is another signal of the attempt to reset their bilateral ties.',
  },
  {
    id: 'senkaku-sailing',
    when: { year: 2016, month: 6 },
    text: 'Russian and Chinese navies sail near the Senkaku Islands',
    status: 'reported',
    paragraph: 12,
    quote: 'In a highly symbolic move in June, Russian and Chinese navies sailed in the disputed waters near the Japanese Senkaku Islands.',
  },
  {
    id: 'pca-ruling',
    when: { year: 2016, month: 7, day: 12 },
    text: 'South China Sea ruling by the Permanent Court of Arbitration; Russia stays measured',
    status: 'reported',
    paragraph: 11,
    quote: 'Russia’s measured position on the July 12 Permanent Court of Arbitration’s South China Sea ruling',
  },
  {
    id: 'ulyukayev-tokyo',
    when: { year: 2016, month: 7, day: 19 },
    text: 'Talks in Tokyo during Minister Alexei Ulyukayev’s visit',
    status: 'reported',
    paragraph: 4,
    quote: 'the last round of talks being held on July 19 during Russian Economic Development Minister Alexei Ulyukayev’s visit to Tokyo',
  },
  {
    id: 'putin-visit',
    when: { year: 2016, endOfYear: true },
    text: 'A landmark reciprocal visit by President Putin',
    status: 'possible',
    paragraph: 6,
    quote: 'It can even result in a landmark reciprocal visit by Russian President Vladimir Putin at the end of this year.',
  },
]
