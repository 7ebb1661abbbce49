/**
 * Renders two SVG files in Chromium at their own size and compares them pixel by pixel: how many pixels
 * differ at all, and how many differ by more than 64 in a colour channel (what an eye would notice).
 * Writes both renders and a difference map (orange: differs, red: differs visibly) as PNG, for a look.
 *
 * Usage: `tsx scripts/compare-maps.ts old.svg new.svg [pngDir]`
 */

import { Buffer } from 'node:buffer'
import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import process from 'node:process'
import { chromium } from 'playwright'
import { CHROMIUM_ARGS, findChromium } from '../tools/chromium'

const [a, b, pngDir] = process.argv.slice(2)
if (!a || !b)
  throw new Error('Usage: tsx scripts/compare-maps.ts old.svg new.svg [pngDir]')
const dataUrl = (file: string) => `data:image/svg+xml;base64,${readFileSync(file).toString('base64')}`

interface Comparison { pixels: number, differing: number, visible: number, pngs: [string, string, string] }

/** Runs in the page: draws both images on canvases and counts the pixels that differ. */
const COMPARE = `async ([urlA, urlB]) => {
  async function load(src) {
    const img = new Image()
    img.src = src
    await img.decode()
    const canvas = document.createElement('canvas')
    canvas.width = img.naturalWidth
    canvas.height = img.naturalHeight
    const ctx = canvas.getContext('2d')
    ctx.drawImage(img, 0, 0)
    return { data: ctx.getImageData(0, 0, canvas.width, canvas.height).data, png: canvas.toDataURL('image/png'), w: canvas.width, h: canvas.height }
  }
  const x = await load(urlA)
  const y = await load(urlB)
  if (x.w !== y.w || x.h !== y.h) return { pixels: 0, differing: -1, visible: -1, pngs: [x.png, y.png] }
  const ctx = document.createElement('canvas').getContext('2d')
  ctx.canvas.width = x.w
  ctx.canvas.height = x.h
  const diff = ctx.createImageData(x.w, x.h)
  let differing = 0
  let visible = 0
  for (let i = 0; i < x.data.length; i += 4) {
    let d = 0
    for (let c = 0; c < 4; c++) d = Math.max(d, Math.abs(x.data[i + c] - y.data[i + c]))
    if (d > 0) differing++
    if (d > 64) visible++
    // The difference map: faint grey where the pixel matches, orange where it differs, red where visibly.
    const grey = 255 - (255 - x.data[i]) / 4
    diff.data.set(d > 64 ? [220, 0, 0, 255] : d > 0 ? [255, 170, 0, 255] : [grey, grey, grey, 255], i)
  }
  ctx.putImageData(diff, 0, 0)
  return { pixels: x.w * x.h, differing, visible, pngs: [x.png, y.png, ctx.canvas.toDataURL('image/png')] }
}`

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
try {
  const page = await browser.newPage()
  // A string, not a function: tsx would wrap a function's inner helpers in a `__name` the page lacks.
  const result = await page.evaluate(`(${COMPARE})(${JSON.stringify([dataUrl(a), dataUrl(b)])})`) as Comparison
  if (result.differing < 0)
    throw new Error(`${a} and ${b} differ in size`)
  const pct = (n: number) => `${(100 * n / result.pixels).toFixed(3)} %`
  console.log(`${basename(b)}: ${result.differing} of ${result.pixels} pixels differ (${pct(result.differing)}); ${result.visible} by more than 64 (${pct(result.visible)})`)
  if (pngDir) {
    const { writeFileSync } = await import('node:fs')
    for (const [i, png] of result.pngs.entries()) writeFileSync(join(pngDir, `${basename(b, '.svg')}-${['old', 'new', 'diff'][i]}.png`), Buffer.from(png.split(',')[1]!, 'base64'))
  }
}
finally {
  await browser.close()
}
