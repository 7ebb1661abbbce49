import { describe, expect, it } from 'vitest'
import { notesToHtml } from '../../../tools/print/notes'

describe('speaker notes in the handout', () => {
  it('keep paragraphs, lists and bold', () => {
    expect(notesToHtml('First line\nsame paragraph.\n\n- one\n- **two**')).toBe('<p>First line same paragraph.</p>\n<ul><li>one</li><li><strong>two</strong></li></ul>')
  })
  it('escape anything that looks like markup', () => {
    expect(notesToHtml('<img src=x onerror=alert(1)> & "q"')).toBe('<p>&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;</p>')
  })
})
