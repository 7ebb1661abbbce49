import type { AddressInfo } from 'node:net'
import { Buffer } from 'node:buffer'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { precompress } from '../../tools/compress'
import { serveDeck } from '../../tools/serve'

/** A raw GET (no automatic decompression, unlike fetch): status, headers and the bytes as sent. */
function get(port: number, path: string, acceptEncoding?: string) {
  return new Promise<{ status: number, headers: Record<string, string | string[] | undefined>, body: Buffer }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('given a build precompressed by npm run build and served by npm run preview', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rj-serve-'))
  const script = Buffer.from(`export const slides = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => `Slide ${i}: Russia and Japan`))}\n`)
  const tiny = Buffer.from('export {}\n')
  let server: Awaited<ReturnType<typeof serveDeck>>
  let port: number

  beforeAll(async () => {
    writeFileSync(join(dir, 'index.html'), `<!doctype html><title>Deck</title>${'<p>Searching for a common ground</p>'.repeat(60)}`)
    writeFileSync(join(dir, 'app.js'), script)
    writeFileSync(join(dir, 'tiny.js'), tiny)
    writeFileSync(join(dir, 'map.png'), Buffer.alloc(4096, 7))
    await precompress(dir)
    server = await serveDeck(dir, '/deck/', 0)
    port = (server.address() as AddressInfo).port
  })

  afterAll(() => {
    server.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('writes brotli and gzip copies of text assets, and none of images or tiny files', () => {
    expect(existsSync(join(dir, 'app.js.br'))).toBe(true)
    expect(existsSync(join(dir, 'app.js.gz'))).toBe(true)
    expect(existsSync(join(dir, 'index.html.br'))).toBe(true)
    expect(existsSync(join(dir, 'map.png.br'))).toBe(false)
    expect(existsSync(join(dir, 'tiny.js.br'))).toBe(false)
  })

  it('answers Accept-Encoding: br with a smaller brotli body that decodes to the same bytes', async () => {
    const res = await get(port, '/deck/app.js', 'gzip, deflate, br')
    expect(res.status).toBe(200)
    expect(res.headers['content-encoding']).toBe('br')
    expect(res.headers.vary).toBe('Accept-Encoding')
    expect(res.headers['content-type']).toMatch(/javascript/)
    expect(res.body.length).toBeLessThan(script.length)
    expect(brotliDecompressSync(res.body).equals(script)).toBe(true)
  })

  it('answers a browser that takes only gzip with the gzip copy', async () => {
    const res = await get(port, '/deck/app.js', 'gzip')
    expect(res.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(res.body).equals(script)).toBe(true)
  })

  it('sends the file as it is to a client that accepts no encoding', async () => {
    const res = await get(port, '/deck/app.js')
    expect(res.headers['content-encoding']).toBeUndefined()
    expect(res.body.equals(script)).toBe(true)
  })

  it('falls back to the compressed index.html for a slide\'s address', async () => {
    const res = await get(port, '/deck/12', 'br')
    expect(res.headers['content-encoding']).toBe('br')
    expect(brotliDecompressSync(res.body).toString()).toContain('Searching for a common ground')
  })
})
