// The presenter's side serves the ordinary build: its base read from index.html, every page marked as the
// seminar's, and no service worker.

import type { AddressInfo } from 'node:net'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { SEMINAR_MARK } from '../../../seminar/protocol'
import { deckBase, deckFiles } from '../../../seminar/server/deck'

const page = (base: string) => `<!DOCTYPE html>\n<html>\n  <head>\n    <script type="module" crossorigin src="${base}assets/index-AbC1.js"></script>\n  </head>\n  <body><div id="app"></div></body>\n</html>\n`

function build(base: string) {
  const dir = mkdtempSync(join(tmpdir(), 'rj-deck-'))
  mkdirSync(join(dir, 'assets'))
  writeFileSync(join(dir, 'index.html'), page(base))
  writeFileSync(join(dir, 'assets/index-AbC1.js'), 'console.log(1)')
  writeFileSync(join(dir, 'sw.js'), 'self.skipWaiting()')
  return dir
}

const servers: ReturnType<typeof createServer>[] = []
afterEach(() => servers.splice(0).forEach(s => s.close()))

async function serve(dir: string) {
  const deck = deckFiles(dir)
  const server = createServer(deck.serve).listen(0, '127.0.0.1')
  servers.push(server)
  await new Promise(r => server.once('listening', r))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

describe('given a built deck', () => {
  it('reads the base it was built for from its index.html, and refuses a relative one (the LMS package)', () => {
    expect(deckBase(page('/'))).toBe('/')
    expect(deckBase(page('/deck/'))).toBe('/deck/')
    expect(() => deckBase(page('./'))).toThrow(/relative/)
  })

  it('serves its files under that base, and the marked app page for any route', async () => {
    const at = await serve(build('/deck/'))
    expect(await (await fetch(`${at}/deck/assets/index-AbC1.js`)).text()).toBe('console.log(1)')
    for (const route of ['/deck/', '/deck/index.html', '/deck/presenter/3', '/deck/study']) {
      const res = await fetch(`${at}${route}`)
      expect(res.status, route).toBe(200)
      expect(await res.text(), route).toBe(page('/deck/').replace('<head>', `<head>\n    ${SEMINAR_MARK}`))
    }
    expect((await fetch(`${at}/elsewhere`)).status).toBe(404)
  })

  it('answers sw.js with 404, so no service worker installs during a seminar', async () => {
    const at = await serve(build('/'))
    const res = await fetch(`${at}/sw.js`)
    expect(res.status).toBe(404)
  })
})
