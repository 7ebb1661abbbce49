/**
 * Where things are in the deck, read from each slide's frontmatter: `routeAlias` → slide number,
 * quiz question id (`quiz:`) → slide number, and the section (`section:`) a slide belongs to.
 *
 * Usage: `const deck = indexDeck(nav.slides.value.map(s => ({ no: s.no, frontmatter: s.meta.slide.frontmatter })))`
 */
export interface SlideInfo {
  no: number
  frontmatter: Record<string, unknown>
}

export interface DeckIndex {
  slideOfAlias: (alias: string) => number | undefined
  slideOfQuestion: (questionId: string) => number | undefined
  /** The quiz question on slide `no`, if it is a quiz slide. */
  questionAt: (no: number) => string | undefined
  /** Section title of slide `no`: the nearest `section:` at or before it. */
  sectionAt: (no: number) => string | undefined
  sections: { title: string, start: number }[]
}

export function indexDeck(slides: SlideInfo[]): DeckIndex {
  const aliases = new Map<string, number>()
  const quizzes = new Map<string, number>()
  const sections: { title: string, start: number }[] = []
  for (const { no, frontmatter: fm } of [...slides].sort((a, b) => a.no - b.no)) {
    if (typeof fm.routeAlias === 'string')
      aliases.set(fm.routeAlias, no)
    if (typeof fm.quiz === 'string')
      quizzes.set(fm.quiz, no)
    if (typeof fm.section === 'string')
      sections.push({ title: fm.section, start: no })
  }
  return {
    slideOfAlias: alias => aliases.get(alias),
    slideOfQuestion: id => quizzes.get(id),
    questionAt: no => [...quizzes].find(([, n]) => n === no)?.[0],
    sectionAt: no => sections.filter(s => s.start <= no).at(-1)?.title,
    sections,
  }
}
