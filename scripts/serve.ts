// `npm run preview`: serves a built deck as a static host would (tools/serve.ts).
//
// Usage: `tsx scripts/serve.ts [dir=dist] [base=/] [port=4173]`

import process from 'node:process'
import { serveDeck } from '../tools/serve'

const [dir = 'dist', base = '/', port = '4173'] = process.argv.slice(2)
await serveDeck(dir, base, Number(port))
console.log(`Serving ${dir} at http://127.0.0.1:${port}${base}`)
