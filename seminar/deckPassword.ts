/**
 * The presenter password in the built deck. The seminar builds the deck once with a placeholder as
 * Slidev's `remote` password, so the built presenter view asks for it at Slidev's own prompt; the
 * presenter server (127.0.0.1 only) swaps the placeholder for SEMINAR_PASSWORD as it serves the file.
 * The password is never written to disk, and the audience server serves nothing of the deck.
 *
 * Usage (setup/vite-plugins.ts): `seminarBuildPlugin()`; (server) `withPassword(js, password)`
 */

import type { Plugin } from 'vite'
import process from 'node:process'

export const PASSWORD_PLACEHOLDER = '__RJ_SEMINAR_PRESENTER_PASSWORD__'

const WORD_CHARACTER = /\w/

/** The password as the inside of a JS string literal of any quote style: every other character as \uXXXX. */
export function jsStringBody(s: string): string {
  let out = ''
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i)
    out += WORD_CHARACTER.test(s[i]!) && unit < 128 ? s[i] : `\\u${unit.toString(16).padStart(4, '0')}`
  }
  return out
}

export function withPassword(text: string, password: string): string {
  return text.split(PASSWORD_PLACEHOLDER).join(jsStringBody(password))
}

/** During `slidev build` for a seminar (SEMINAR_BUILD=1): Slidev's configs module gets the placeholder as `remote`. */
export function seminarBuildPlugin(): Plugin {
  return {
    name: 'rj-seminar-build',
    apply: () => process.env.SEMINAR_BUILD === '1',
    enforce: 'post',
    transform(code, id) {
      if (!id.includes('@slidev/configs') || !code.startsWith('export default {'))
        return
      return code.replace('export default {', `export default {"remote":${JSON.stringify(PASSWORD_PLACEHOLDER)},`)
    },
  }
}
