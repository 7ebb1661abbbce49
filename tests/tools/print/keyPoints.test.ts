import { describe, expect, it } from 'vitest'
import { plainText, slideKeyPoints } from '../../../tools/print/keyPoints'

describe('given a slide\'s markdown', () => {
  it('keeps its headings, quotes, bullets, numbered points and paragraphs, in order, without the title', () => {
    const content = [
      '# The title',
      '',
      '> A quote over',
      '> two lines.',
      '',
      '## Part one',
      '',
      '- A **bold** point with [a link](/article)',
      '  1. A numbered sub-point',
      '',
      'A paragraph',
      'that runs on.',
    ].join('\n')
    expect(slideKeyPoints(content)).toEqual([
      { kind: 'quote', text: 'A quote over two lines.' },
      { kind: 'heading', text: 'Part one' },
      { kind: 'point', text: 'A bold point with a link', depth: 0 },
      { kind: 'point', text: 'A numbered sub-point', depth: 1, number: '1.' },
      { kind: 'text', text: 'A paragraph that runs on.' },
    ])
  })

  it('reads the words inside HTML and drops scripts, styles and images', () => {
    const content = [
      '<script setup lang="ts">',
      'const links = [{ label: \'Hidden in a script\' }]',
      '</script>',
      '<figure class="m-0">',
      '  <img src="/maps/region.svg" alt="A map">',
      '  <figcaption class="map-note">Map: context beyond the article.</figcaption>',
      '</figure>',
      '<BeyondArticleBadge>Beyond the article</BeyondArticleBadge>',
      '<style>',
      '.map-note { color: red; }',
      '</style>',
    ].join('\n')
    expect(slideKeyPoints(content)).toEqual([
      { kind: 'text', text: 'Map: context beyond the article.' },
      { kind: 'text', text: 'Beyond the article' },
    ])
  })

  it('takes a component\'s titles and list items, and writes a source line as the slide prints it', () => {
    const content = [
      '<SideBySide',
      '  left-title="An entente…"',
      '  left-tone="russia"',
      '  :left="[',
      '    \'First item\',',
      '    \'Second’s item\',',
      '  ]"',
      '  right-title="…amid a rivalry"',
      '  :right="[\'Third item\']"',
      '/>',
      '',
      '<Timeline :events="timeline" label="Not a point" />',
      '<ArticleCite :p="[4, 10]" />',
    ].join('\n')
    expect(slideKeyPoints(content)).toEqual([
      { kind: 'heading', text: 'An entente…' },
      { kind: 'point', text: 'First item', depth: 0 },
      { kind: 'point', text: 'Second’s item', depth: 0 },
      { kind: 'heading', text: '…amid a rivalry' },
      { kind: 'point', text: 'Third item', depth: 0 },
      { kind: 'text', text: 'From the article: paragraph 4, paragraph 10' },
    ])
  })

  it('gives nothing for a slide that is a component alone', () => {
    expect(slideKeyPoints('<SeminarJoin :presenter="$renderContext === \'presenter\'" />')).toEqual([])
  })
})

describe('plainText', () => {
  it('removes markdown and HTML marks and folds spaces', () => {
    expect(plainText('  *An* `npm run dev` <span class="x">and</span>  **more**  ')).toBe('An npm run dev and more')
  })
})
