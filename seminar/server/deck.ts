/**
 * The built deck as the presenter's server serves it: the ordinary `dist/` (`npm run build`), under the base
 * it was built for, with two differences that make it the seminar's copy:
 * - every page carries `SEMINAR_MARK` in its head, which tells the deck at runtime that a seminar server is
 *   behind it (seminar/client: the event stream, the presenter's verbs), where a static host's copy has none;
 * - `sw.js` is not found, so no service worker installs on the seminar's address and nothing there is served
 *   from an offline copy that a rebuilt deck would not replace.
 *
 * Usage: `const deck = deckFiles('dist')`; `deck.base` ('/' or '/deck/'); `deck.serve(req, res)`
 */

import type { IncomingMessage, ServerResponse } from 'node:http'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import sirv from 'sirv'
import { SEMINAR_MARK } from '../protocol'
import { pathOf, reply } from './http'

/** The entry script's address in Vite's index.html: its folder is the base the deck was built for. */
const ENTRY_SCRIPT = /<script type="module"[^>]*\ssrc="([^"]*)assets\//

/** The base a built deck was built for, read from its index.html ('/', '/deck/'); a relative one cannot be served here. */
export function deckBase(indexHtml: string): string {
  const base = ENTRY_SCRIPT.exec(indexHtml)?.[1]
  if (!base?.startsWith('/'))
    throw new Error(`Cannot tell the deck's base from its index.html${base ? ` (it is relative: ${base}, a build for the LMS package)` : ''}.`)
  return base
}

/** index.html with the seminar's mark at the top of its head. */
export const markedPage = (html: string) => html.replace('<head>', `<head>\n    ${SEMINAR_MARK}`)

export function deckFiles(dir: string) {
  const index = join(dir, 'index.html')
  if (!existsSync(index))
    throw new Error(`${dir}/index.html is missing: build the deck first (npm run build).`)
  const html = readFileSync(index, 'utf8')
  const base = deckBase(html)
  const page = markedPage(html)
  const files = sirv(dir, { dev: false, etag: true, brotli: true, gzip: true })
  const sendPage = (res: ServerResponse) => reply(res, 200, page, 'text/html; charset=utf-8')
  return {
    base,
    /** Answers any request under the base: a file of the build, or the marked app page for any other path. */
    serve(req: IncomingMessage, res: ServerResponse) {
      const path = pathOf(req)
      if (!path.startsWith(base))
        return path === base.slice(0, -1) ? reply(res, 301, '', 'text/plain', { location: base }) : reply(res, 404, { error: 'not found' })
      const inDeck = path.slice(base.length - 1)
      if (inDeck === '/sw.js')
        return reply(res, 404, { error: 'no service worker during a seminar' })
      if (inDeck === '/' || inDeck === '/index.html')
        return sendPage(res)
      req.url = inDeck + (req.url ?? '').slice(path.length)
      files(req, res, () => (req.method === 'GET' || req.method === 'HEAD' ? sendPage(res) : reply(res, 404, { error: 'not found' })))
    },
  }
}
