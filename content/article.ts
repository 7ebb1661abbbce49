/**
 * Helpers for reading the article text (content/article.md) and comparing quotes with it.
 * Plain TypeScript that reads nothing itself: callers pass the raw markdown
 * (tests read the file with node:fs; the app can import `content/article.md?raw`).
 *
 * Paragraph numbering rule used across the deck (timeline data, speaker notes, quiz feedback):
 * after the YAML frontmatter, every non-empty line of the article body is one paragraph,
 * numbered from 1. The title line is paragraph 1, "July 23, 2016" is paragraph 2, the
 * opening sentence ("The shifting security environment ...") is paragraph 3, and section
 * headings such as "The China factor" count as paragraphs too.
 */

const CURLY_DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB]/g
const CURLY_SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B]/g
const DASHES_AND_MINUS = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g
const WHITESPACE_RUN = /\s+/g

/**
 * Normalises typography so that a quote typed with straight quotes and hyphens matches the
 * article: curly double quotes to ", curly single quotes to ', en/em dashes and minus to -,
 * NBSP and every whitespace run to a single space, then trims.
 */
export function normaliseTypography(s: string): string {
  return s
    .replace(CURLY_DOUBLE_QUOTES, '"')
    .replace(CURLY_SINGLE_QUOTES, '\'')
    .replace(DASHES_AND_MINUS, '-')
    .replace(WHITESPACE_RUN, ' ')
    .trim()
}

const BYTE_ORDER_MARK = /^\uFEFF/
const CR_LINE_END = /\r\n?/g
const FRONTMATTER = /^---\n[\s\S]*?\n---\n/

/** Returns the article body: the markdown with its leading YAML frontmatter (if any) removed. */
export function articleBody(markdown: string): string {
  const text = markdown.replace(BYTE_ORDER_MARK, '').replace(CR_LINE_END, '\n')
  const match = FRONTMATTER.exec(text)
  return match ? text.slice(match[0].length) : text
}

/**
 * Returns the article's paragraphs in order: the non-empty lines of the body, trimmed.
 * Index 0 is paragraph 1 (the title line), so paragraph N is `articleParagraphs(md)[N - 1]`.
 */
export function articleParagraphs(markdown: string): string[] {
  return articleBody(markdown)
    .split('\n')
    .map(line => line.trim())
    .filter(line => line.length > 0)
}

/**
 * The numbering rule above, in the words the reader (`/article`) shows to students. Keep it in step
 * with `articleParagraphs`: tests/content/article.test.ts checks the examples it gives.
 */
export const NUMBERING_RULE = 'Paragraph numbers count every separate line of text in the article, not only the prose: the title is paragraph 1, '
  + 'the date is paragraph 2, the opening sentence is paragraph 3, and each section heading counts as a paragraph too.'

/** What a numbered paragraph of the article is, for the reader's markup. */
export type ParagraphKind = 'title' | 'date' | 'heading' | 'text'

export interface ArticleParagraph {
  /** 1-based number, as the deck cites it. */
  n: number
  text: string
  kind: ParagraphKind
}

/** A line that ends as a sentence does (a heading has no closing punctuation). */
const CLOSING_PUNCTUATION = /[.?!:"”’]$/

/**
 * The article's paragraphs with their numbers and kinds: paragraph 1 is the title, 2 the date, and a
 * line with no closing punctuation is a section heading ("The China factor").
 */
export function articleStructure(markdown: string): ArticleParagraph[] {
  return articleParagraphs(markdown).map((text, i) => {
    const n = i + 1
    const kind: ParagraphKind = n === 1 ? 'title' : n === 2 ? 'date' : CLOSING_PUNCTUATION.test(text) ? 'text' : 'heading'
    return { n, text, kind }
  })
}

/** The id of paragraph `n`'s anchor in the reader: `p12`. */
export const paragraphId = (n: number) => `p${n}`

/**
 * The router path of paragraph `n` in the article reader, relative to the app's router (no deploy base):
 * `paragraphPath(12) === '/article#p12'`.
 */
export function paragraphPath(n: number): string {
  return `/article#${paragraphId(n)}`
}

/** The numbers of the paragraphs that contain `quote` (typography normalised), in order. */
export function paragraphsContaining(markdown: string, quote: string): number[] {
  const needle = normaliseTypography(quote)
  return articleParagraphs(markdown).flatMap((p, i) => normaliseTypography(p).includes(needle) ? [i + 1] : [])
}

/** A markdown link (group 1, left alone) or "paragraph N" (group 2). */
const LINK_OR_PARAGRAPH_REF = /(\[[^\]]*\]\([^)]*\))|\bparagraph (\d+)\b/g

/**
 * Speaker notes with every "paragraph N" turned into a markdown link to that paragraph in the reader.
 * The link is relative (`article#p12`), so it works under any deploy base: the notes are shown at
 * `<base>presenter/N`, `<base>notes/N` and `<base>overview`, and setup/routes.ts sends
 * `presenter/article` and `notes/article` on to `/article`. Slidev opens such links in a new tab, so the
 * presenter view stays put. Text already inside a markdown link is left alone.
 */
export function linkParagraphRefs(note: string): string {
  return note.replace(LINK_OR_PARAGRAPH_REF, (match, link: string | undefined, n: string | undefined) =>
    link ?? `[paragraph ${n}](article#${paragraphId(Number(n))})`)
}
