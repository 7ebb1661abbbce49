import { describe, expect, it } from 'vitest'
import { findChromium, SYSTEM_CHROMIUM } from '../../tools/chromium'

describe('which Chromium the tests and the export drive', () => {
  it('prefers CHROMIUM_PATH, then Debian\'s chromium, then Playwright\'s own (undefined)', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/chrome' }, () => true)).toBe('/opt/chrome')
    expect(findChromium({}, p => p === SYSTEM_CHROMIUM)).toBe(SYSTEM_CHROMIUM)
    expect(findChromium({}, () => false)).toBeUndefined()
  })
})
