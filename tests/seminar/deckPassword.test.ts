import { describe, expect, it } from 'vitest'
import { jsStringBody, PASSWORD_PLACEHOLDER, withPassword } from '../../seminar/deckPassword'

describe('given the built deck\'s password slot', () => {
  // eslint-disable-next-line no-template-curly-in-string -- '${x}' is meant literally: a password may contain it
  it.each(['plain-pass', 'quote"s and \'s', 'back`tick ${x}', 'slash\\n', 'ünïcødé 🔑'])('puts %j back so that each quote style reads it exactly', (password) => {
    for (const quote of ['"', '\'', '`']) {
      const js = withPassword(`export const remote = ${quote}${PASSWORD_PLACEHOLDER}${quote}`, password)
      expect(js).not.toContain(PASSWORD_PLACEHOLDER)
      // eslint-disable-next-line no-new-func
      expect(new Function(`${js.replace('export ', '')}; return remote`)()).toBe(password)
    }
  })

  it('leaves letters and digits as they are and escapes the rest', () => {
    expect(jsStringBody('ab-1')).toBe('ab\\u002d1')
  })
})
