// The contract with Slidev: each assumption the deck makes about Slidev's internals (slidev/, and the build
// behaviour it relies on), checked against the built deck. A Slidev upgrade is one change that runs this spec.
// - Slidev points `vue` at Vue's full build, whose template compiler stays in the build (assets/modules/);
//   slidev/vue-runtime-only.ts swaps in the runtime-only build, so no chunk may carry the compiler (and if a
//   template were compiled at runtime, the hosted deck would render blank, with no error);
// - slidev/parser-without-yaml.ts keeps the YAML parser out of slide 1;
// - slidev/lazy-notes.ts moves the notes out of the entry chunk, and the presenter pages fetch them back;
// - links come from Slidev's router (app/routeHref.ts): right under a sub-path, and in hash mode (the SCORM
//   package, relative base, as an LMS serves it).
// Two assumptions about Slidev at run time are checked where they are used instead, each named in its module's
// header: a slide's click steps set from its frontmatter in a seminar (app/seminarSkip.ts: seminar.spec.ts,
// quiz-fit.spec.ts), and the presenter's steps and timer driven by the conductor (app/conductorLink.ts: steps in
// conductor.spec.ts; the timer is not driven in a browser test).

import type { Page } from '@playwright/test'
import type { AddressInfo } from 'node:net'
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { paragraphPath } from '../../content/article'
import { allQuestions } from '../../quiz/bank'
import { serveDeck } from '../../tools/serve'
import { deckIndex } from '../fixtures/deck'
import { DECK, LMS } from './built'
import { openSlide } from './helpers'

const require = createRequire(import.meta.url)
/** Every script of a build, in `assets/` and its subfolders (Slidev puts its own chunks in `assets/modules/` and `assets/slidev/`). */
const chunks = (dir: string) => readdirSync(join(dir, 'assets'), { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.js')).map(f => join(dir, 'assets', f))
const notes = () => JSON.parse(readFileSync(join(DECK.dir, 'deck-notes.json'), 'utf8')) as Record<string, string>
/** A run of words from a rendered note, long enough to be found nowhere else. */
const snippetOf = (html: string) => /[A-Z][a-z]+(?: [a-z]+){4,}/.exec(html)?.[0]

/** Opens `path` with the page's clock paused (Slidev mounts every slide 3 s after opening), and records the scripts it fetched. */
async function firstLoad(page: Page, path: string, ready: string) {
  const scripts = new Map<string, Promise<string>>()
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script')
      scripts.set(new URL(r.url()).pathname, r.text())
  })
  await page.clock.install()
  await page.clock.pauseAt(new Date('2030-01-01T00:00:00Z'))
  await page.goto(path)
  await page.locator(ready).first().waitFor({ state: 'visible' })
  await page.waitForLoadState('networkidle')
  return Promise.all(Array.from(scripts, async ([p, body]) => [p, await body] as const))
}

test.describe('given Vue\'s template compiler, which Slidev\'s `vue` alias brings in', () => {
  // Strings of @vue/compiler-core that survive minification: the v-if transform's pattern and an option name.
  const MARKERS = ['if|else|else-if', 'hoistStatic']

  test('the markers are the compiler\'s', () => {
    const compiler = readFileSync(require.resolve('@vue/compiler-core/dist/compiler-core.cjs.prod.js'), 'utf8')
    for (const marker of MARKERS) expect(compiler).toContain(marker)
  })

  test('no chunk of the deck or of the SCORM package carries it', () => {
    const files = [...chunks(DECK.dir), ...chunks(LMS.dir)]
    expect(files.length).toBeGreaterThan(20)
    const carrying = files.filter(f => MARKERS.some(m => readFileSync(f, 'utf8').includes(m)))
    expect(carrying).toEqual([])
  })
})

test('slide 1 loads no YAML parser (slidev/parser-without-yaml.ts)', async ({ page }) => {
  const yaml = readFileSync(join(require.resolve('yaml/package.json'), '../dist/schema/tags.js'), 'utf8')
  expect(yaml).toContain('tag:yaml.org')
  const scripts = await firstLoad(page, '1', '[data-slidev-no="1"] h1')
  expect(scripts.length).toBeGreaterThan(3)
  expect(scripts.filter(([, body]) => body.includes('tag:yaml.org')).map(([path]) => path)).toEqual([])
})

test.describe('given the speaker notes (slidev/lazy-notes.ts)', () => {
  test('none is in the entry chunk, nor in any script slide 1 loads, and slide 1 does not fetch them', async ({ page }) => {
    const snippets = Object.values(notes()).map(snippetOf).filter(Boolean) as string[]
    expect(snippets.length).toBeGreaterThan(50)
    const entry = /<script type="module"[^>]*\ssrc="[^"]*(assets\/index-[\w-]+\.js)"/.exec(readFileSync(join(DECK.dir, 'index.html'), 'utf8'))![1]!
    const entryCode = readFileSync(join(DECK.dir, entry), 'utf8')
    expect(entryCode.length).toBeGreaterThan(50_000)
    expect(snippets.filter(s => entryCode.includes(s))).toEqual([])
    const requested: string[] = []
    page.on('request', r => requested.push(new URL(r.url()).pathname))
    const scripts = await firstLoad(page, '1', '[data-slidev-no="1"] h1')
    for (const snippet of snippets) expect(scripts.filter(([, body]) => body.includes(snippet)).map(([path]) => path), snippet).toEqual([])
    expect(requested.filter(path => path.endsWith('deck-notes.json'))).toEqual([])
  })

  for (const [where, path, locator] of [
    ['the presenter view', 'presenter/1', '.slidev-note'],
    ['the notes page', 'notes', '.slidev-note'],
    ['the overview', 'overview', '.slidev-note'],
  ] as const) {
    test(`${where} fetches them once and shows slide 1's`, async ({ page }) => {
      const fetched: string[] = []
      page.on('request', (r) => {
        if (r.url().endsWith('/deck-notes.json'))
          fetched.push(r.url())
      })
      await page.goto(path)
      await expect(page.locator(locator).first()).toContainText(snippetOf(notes()[0]!)!)
      expect(fetched).toHaveLength(1)
    })
  }
})

test.describe('given links to slides and to the article', () => {
  const q = allQuestions.find(x => x.type === 'single')!

  test('under a sub-path they name the slide under it, and a plain visit opens it', async ({ page, baseURL, context }) => {
    const deck = await deckIndex()
    const no = deck.slideOfQuestion(q.id)!
    const teaching = deck.slideOfAlias(q.slide)!
    await openSlide(page, no)
    const s = page.locator(`[data-slidev-no="${no}"]`)
    await s.getByRole('button', { name: 'Show solution' }).click()
    const review = s.getByRole('link', { name: `Review slide ${teaching}` })
    await expect(review).toHaveAttribute('href', `${DECK.base}${teaching}`)
    const source = s.locator('blockquote.quiz-source a').first()
    await expect(source).toHaveAttribute('href', `${DECK.base}${paragraphPath(q.sources[0]!.paragraph).slice(1)}`)
    // Followed as a plain link (a new tab), the address opens that slide.
    const tab = await context.newPage()
    await tab.goto(new URL(`${teaching}`, baseURL).href)
    await expect(tab.locator(`[data-slidev-no="${teaching}"]`)).toBeVisible()
    await review.click()
    await expect(page.locator(`[data-slidev-no="${teaching}"]`)).toBeVisible()
  })

  test('in hash mode (the SCORM package) they are hashes, and a plain visit opens the slide', async ({ page }) => {
    const server = await serveDeck(LMS.dir, '/package/', 0)
    try {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}/package/`
      const deck = await deckIndex()
      const no = deck.slideOfQuestion(q.id)!
      const teaching = deck.slideOfAlias(q.slide)!
      await page.goto(`${origin}index.html#/${no}`)
      const s = page.locator(`[data-slidev-no="${no}"]`)
      await s.getByRole('button', { name: 'Show solution' }).click()
      const review = s.getByRole('link', { name: `Review slide ${teaching}` })
      await expect(review).toHaveAttribute('href', `#/${teaching}`)
      await expect(s.locator('blockquote.quiz-source a').first()).toHaveAttribute('href', `#${paragraphPath(q.sources[0]!.paragraph)}`)
      const href = new URL((await review.getAttribute('href'))!, page.url()).href
      const tab = await page.context().newPage()
      await tab.goto(href)
      await expect(tab.locator(`[data-slidev-no="${teaching}"]`)).toBeVisible()
    }
    finally {
      server.closeAllConnections()
      server.close()
    }
  })
})
