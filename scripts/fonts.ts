// `npm run fonts`: writes styles/fonts/*.woff2, Nunito Sans cut down to FONT_CHARS, and styles/fonts.css
// (tools/fonts.ts says why and how).
//
// Usage: `npm run fonts`

import { Buffer } from 'node:buffer'
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import subsetFont from 'subset-font'
import { FACES, FONT_CHARS, fontFaceCss, fontFile } from '../tools/fonts'

const require = createRequire(import.meta.url)
const stylesDir = resolve(import.meta.dirname, '..', 'styles')
for (const face of FACES) {
  const source = require.resolve(`@fontsource/nunito-sans/files/nunito-sans-latin-${face.weight}-${face.style}.woff2`)
  const input = readFileSync(source)
  const output = await subsetFont(input, FONT_CHARS, { targetFormat: 'woff2' })
  writeFileSync(resolve(stylesDir, 'fonts', fontFile(face)), output)
  console.log(`wrote styles/fonts/${fontFile(face)}: ${input.length} → ${output.length} bytes`)
}
const css = fontFaceCss()
writeFileSync(resolve(stylesDir, 'fonts.css'), css)
console.log(`wrote styles/fonts.css (${Buffer.byteLength(css)} bytes)`)
