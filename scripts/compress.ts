// After `slidev build` (npm's `postbuild`): a brotli and a gzip copy beside every text asset (tools/compress.ts).
//
// Usage: `tsx scripts/compress.ts [dir=dist]`

import process from 'node:process'
import { precompress } from '../tools/compress'

const dir = process.argv[2] ?? 'dist'
const { files, bytes, br, gz } = await precompress(dir)
const kB = (n: number) => `${(n / 1024).toFixed(0)} kB`
console.log(`Precompressed ${files} files in ${dir}: ${kB(bytes)} → ${kB(br)} brotli, ${kB(gz)} gzip`)
