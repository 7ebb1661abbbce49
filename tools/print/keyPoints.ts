/**
 * A slide's key points for the students' handout: the words the slide itself shows, read from its markdown,
 * never a summary. Headings (`##`, a component's `*-title` prop), bullets and numbered points, quotes (`>`),
 * plain paragraphs, the text inside HTML (a figure's caption, a badge) and the string items of a component's
 * list props (`:left="['…']"`); an `<ArticleCite :p="[3, 4]" />` becomes its line "From the article:
 * paragraph 3, paragraph 4". Scripts, styles, image attributes and data a component imports (the timeline, the
 * four powers' links) give nothing: the slide's picture beside the points shows those.
 *
 * Usage: `slideKeyPoints(slide.content)` → `[{ kind: 'point', text: '…', depth: 0 }, …]`
 */

export type KeyPoint
  = | { kind: 'heading' | 'quote' | 'text', text: string }
    | { kind: 'point', text: string, depth: number, number?: string }

const SCRIPT_OR_STYLE = /<(script|style)\b[\s\S]*?<\/\1>/g
/** A self-closing component, `<Name … />`, over any number of lines. */
const COMPONENT = /<([A-Z]\w*)\b([\s\S]*?)\/>/g
const TITLE_PROP = /^[\w-]+-title$/
/** `name="value"` or `:name="value"` attributes of a component. */
const ATTRIBUTE = /(:?)([\w-]+)="([^"]*)"/g
const QUOTED = /'([^']*)'/g
const NUMBER = /\d+/g

const TAG = /<[^>]*>/g
const LINK = /\[([^\]]*)\]\([^)]*\)/g
const BOLD = /\*\*(.+?)\*\*/g
const ITALIC = /\*(.+?)\*/g
const CODE = /`([^`]*)`/g
const SPACES = /\s+/g

const H1 = /^#\s/
const H2 = /^#{2,6} (.*)$/
const QUOTE = /^>\s?(.*)$/
const BULLET = /^( *)[-*] (.*)$/
const NUMBERED = /^( *)(\d+\.) (.*)$/

/** Markdown and HTML inline marks removed: the plain words a reader sees. */
export function plainText(s: string): string {
  return s.replace(TAG, ' ').replace(LINK, '$1').replace(BOLD, '$1').replace(ITALIC, '$1').replace(CODE, '$1').replace(SPACES, ' ').trim()
}

function componentPoints(name: string, attributes: string): KeyPoint[] {
  const points: KeyPoint[] = []
  for (const [, bound, prop, value] of attributes.matchAll(ATTRIBUTE)) {
    if (name === 'ArticleCite' && prop === 'p')
      points.push({ kind: 'text', text: `From the article: ${Array.from(value!.matchAll(NUMBER), ([n]) => `paragraph ${n}`).join(', ')}` })
    else if (!bound && TITLE_PROP.test(prop!))
      points.push({ kind: 'heading', text: plainText(value!) })
    else if (bound && value!.trim().startsWith('['))
      points.push(...Array.from(value!.matchAll(QUOTED), ([, item]) => ({ kind: 'point' as const, text: plainText(item!), depth: 0 })))
  }
  return points
}

function markdownPoints(markdown: string): KeyPoint[] {
  const points: KeyPoint[] = []
  /** The last point, while the next line may continue it (a paragraph or a quote over several lines). */
  let open: KeyPoint | undefined
  for (const line of markdown.split('\n')) {
    const text = plainText(line)
    const [heading, quote, bullet, numbered] = [H2, QUOTE, BULLET, NUMBERED].map(re => re.exec(line))
    if (!text || H1.test(line)) {
      open = undefined
    }
    else if (heading) {
      points.push({ kind: 'heading', text: plainText(heading[1]!) })
      open = undefined
    }
    else if (quote) {
      if (open?.kind === 'quote')
        open.text = `${open.text} ${plainText(quote[1]!)}`
      else
        points.push(open = { kind: 'quote', text: plainText(quote[1]!) })
    }
    else if (bullet || numbered) {
      const [indent, number, item] = bullet ? [bullet[1]!, undefined, bullet[2]!] : [numbered![1]!, numbered![2]!, numbered![3]!]
      points.push({ kind: 'point', text: plainText(item), depth: indent.length >= 2 ? 1 : 0, ...(number ? { number } : {}) })
      open = undefined
    }
    else if (open?.kind === 'text') {
      open.text = `${open.text} ${text}`
    }
    else {
      points.push(open = { kind: 'text', text })
    }
  }
  return points
}

/** The key points of a slide's content (Slidev's `slide.content`: its markdown without frontmatter and notes). */
export function slideKeyPoints(content: string): KeyPoint[] {
  const source = content.replace(SCRIPT_OR_STYLE, '')
  const points: KeyPoint[] = []
  let from = 0
  for (const m of source.matchAll(COMPONENT)) {
    points.push(...markdownPoints(source.slice(from, m.index)), ...componentPoints(m[1]!, m[2]!))
    from = m.index + m[0].length
  }
  points.push(...markdownPoints(source.slice(from)))
  return points
}
