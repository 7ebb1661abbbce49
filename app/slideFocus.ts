/**
 * Gives the keyboard back to the slides after a button on a slide is used. Slidev ignores its shortcuts
 * (the arrow keys, g) while focus is on a button, so a presenter who clicks one would otherwise have to click the
 * slide before the next key does anything.
 *
 * Usage: `<button @click="save(); backToSlide($event)">`
 */
export function backToSlide(e: Event | undefined) {
  const el = e?.currentTarget
  if (el && typeof (el as HTMLElement).blur === 'function')
    (el as HTMLElement).blur()
}
