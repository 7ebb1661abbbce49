import { describe, expect, it } from 'vitest'
import { findChromium, findTestChromium, SYSTEM_CHROMIUM, SYSTEM_HEADLESS_SHELL } from '../../tools/chromium'

describe('which Chromium the tests and the export drive', () => {
  it('prefers CHROMIUM_PATH, then Debian\'s chromium, then Playwright\'s own (undefined)', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/chrome' }, () => true)).toBe('/opt/chrome')
    expect(findChromium({}, p => p === SYSTEM_CHROMIUM)).toBe(SYSTEM_CHROMIUM)
    expect(findChromium({}, () => false)).toBeUndefined()
  })

  it('the browser tests prefer CHROMIUM_PATH, then Debian\'s headless shell, then as the export', () => {
    expect(findTestChromium({ CHROMIUM_PATH: '/opt/chrome' }, () => true)).toBe('/opt/chrome')
    expect(findTestChromium({}, () => true)).toBe(SYSTEM_HEADLESS_SHELL)
    expect(findTestChromium({}, p => p === SYSTEM_CHROMIUM)).toBe(SYSTEM_CHROMIUM)
    expect(findTestChromium({}, () => false)).toBeUndefined()
  })
})
