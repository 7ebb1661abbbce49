import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { strFromU8, unzipSync } from 'fflate'
import { afterEach, describe, expect, it } from 'vitest'
import { masteryPoints } from '../../quiz/engine/scoring'
import { listFiles, manifest, packageDir } from '../../tools/scorm-package'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach(d => rmSync(d, { recursive: true, force: true })))

describe('given the manifest of the SCORM 1.2 package', () => {
  const text = manifest({ title: 'Russia & Japan <deck>', files: ['index.html', 'assets/a b.js'], mastery: 23.8 })
  const m = new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(text).manifest

  it('is valid XML that declares SCORM 1.2 and one SCO launched at index.html', () => {
    expect(XMLValidator.validate(text)).toBe(true)
    expect(m.metadata).toEqual({ schema: 'ADL SCORM', schemaversion: '1.2' })
    expect(m.resources.resource).toMatchObject({ '@_adlcp:scormtype': 'sco', '@_href': 'index.html', '@_type': 'webcontent' })
    expect(m.organizations.organization.title).toBe('Russia & Japan <deck>')
  })

  it('lists every file and carries the mastery score', () => {
    expect(m.resources.resource.file.map((f: Record<string, string>) => f['@_href'])).toEqual(['index.html', 'assets/a b.js'])
    expect(m.organizations.organization.item['adlcp:masteryscore']).toBe('23.8')
  })

  it('states the mastery score in points of the bank, the scale of the reported raw score', () => {
    expect(masteryPoints(70, 34)).toBe(23.8)
    expect(masteryPoints(50, 5)).toBe(2.5)
  })
})

describe('given a built deck to package', () => {
  it('zips every file with imsmanifest.xml at the root, byte for byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rj-scorm-test-'))
    dirs.push(dir)
    mkdirSync(join(dir, 'deck/assets'), { recursive: true })
    writeFileSync(join(dir, 'deck/index.html'), '<!doctype html><title>x</title>')
    const bytes = new Uint8Array(5000).map((_, i) => (i * 7) % 256)
    writeFileSync(join(dir, 'deck/assets/app.js'), bytes)
    const size = packageDir(join(dir, 'deck'), join(dir, 'out/p.zip'), 70)
    const zip = readFileSync(join(dir, 'out/p.zip'))
    expect(size).toBe(zip.byteLength)
    const files = unzipSync(zip)
    expect(Object.keys(files).sort()).toEqual(['assets/app.js', 'imsmanifest.xml', 'index.html'])
    expect(files['assets/app.js']).toEqual(bytes)
    expect(strFromU8(files['imsmanifest.xml']!)).toContain('<file href="assets/app.js"/>')
    expect(listFiles(join(dir, 'deck'))).toEqual(['assets/app.js', 'index.html'])
  })
})
