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

/**
 * Normalises typography so that a quote typed with straight quotes and hyphens matches the
 * article: curly double quotes to ", curly single quotes to ', en/em dashes and minus to -,
 * NBSP and every whitespace run to a single space, then trims.
 */
export function normaliseTypography(s: string): string {
  return s
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB]/g, '"')
    .replace(/[\u2018\u2019\u201A\u201B]/g, '\'')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-')
    .replace(/[\s\u00A0\u202F]+/g, ' ')
    .trim()
}

/** Returns the article body: the markdown with its leading YAML frontmatter (if any) removed. */
export function articleBody(markdown: string): string {
  const text = markdown.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const match = /^---\n[\s\S]*?\n---\n/.exec(text)
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
