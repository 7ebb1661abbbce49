/**
 * The one HTML escape for text that goes into markup the tools and the seminar's report write (the handout, the maps' SVG, the HTML
 * inside Moodle XML, the SCORM manifest's XML): `&`, `<`, `>` and `"` become entities, so no text can open a tag or end an attribute.
 *
 * Usage: `<p>${escapeHtml(text)}</p>`
 */

const HTML_SPECIAL = /[&<>"]/g
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

export function escapeHtml(s: string | number): string {
  return String(s).replace(HTML_SPECIAL, c => ENTITY[c]!)
}
