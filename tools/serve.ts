/**
 * Serves a built deck as a single-page app under a base path, on 127.0.0.1 only, as a static host would:
 * with the brotli or gzip copy that `npm run build` left beside a file, when the browser accepts it
 * (`Content-Encoding`, and `Vary: Accept-Encoding` so caches keep the variants apart).
 *
 * Usage: `tsx scripts/serve.ts [dir=dist] [base=/] [port=4173]`
 */

import { createServer } from 'node:http'
import sirv from 'sirv'

export function serveDeck(dir: string, base: string, port: number) {
  const assets = sirv(dir, { single: true, dev: false, etag: true, brotli: true, gzip: true })
  const prefix = base.endsWith('/') ? base : `${base}/`
  const server = createServer((req, res) => {
    const url = req.url ?? '/'
    if (url === prefix.slice(0, -1)) {
      res.writeHead(301, { location: prefix }).end()
      return
    }
    if (!url.startsWith(prefix)) {
      res.writeHead(404).end('Not found')
      return
    }
    req.url = url.slice(prefix.length - 1)
    assets(req, res, () => {
      res.writeHead(404).end('Not found')
    })
  })
  return new Promise<typeof server>(resolve => server.listen(port, '127.0.0.1', () => resolve(server)))
}
