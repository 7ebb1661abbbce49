/**
 * After `slidev build`: writes a brotli (`.br`) and a gzip (`.gz`) copy beside every text asset in the
 * build, as a static host's build step would, so that `npm run preview` (and nginx's `gzip_static` /
 * `brotli_static`, or Caddy's `precompressed`) can send them as they are. A copy is kept only if smaller.
 *
 * Usage: `tsx scripts/compress.ts [dir=dist]` (npm runs it as `postbuild`), or `await precompress(dir)`
 */

import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { extname, join } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

/** Text formats worth compressing; images, fonts and PDFs are compressed already. */
export const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.txt', '.xml', '.map', '.webmanifest'])
/** Below this, a compressed response saves less than its headers cost. */
export const MIN_BYTES = 1024

const brotli = promisify(brotliCompress)
const gz = promisify(gzip)

export interface Compressed { files: number, bytes: number, br: number, gz: number }

export async function precompress(dir: string): Promise<Compressed> {
  const total: Compressed = { files: 0, bytes: 0, br: 0, gz: 0 }
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map(name => join(dir, name))
    .filter(file => COMPRESSIBLE.has(extname(file)) && statSync(file).isFile() && statSync(file).size >= MIN_BYTES)
  for (const file of files) {
    const body = readFileSync(file)
    const [br, gzipped] = await Promise.all([
      brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
      gz(body, { level: constants.Z_BEST_COMPRESSION }),
    ])
    total.files++
    total.bytes += body.length
    total.br += Math.min(br.length, body.length)
    total.gz += Math.min(gzipped.length, body.length)
    if (br.length < body.length)
      writeFileSync(`${file}.br`, br)
    if (gzipped.length < body.length)
      writeFileSync(`${file}.gz`, gzipped)
  }
  return total
}
