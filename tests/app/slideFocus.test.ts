// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { backToSlide } from '../../app/slideFocus'

describe('given a button on a slide that was just used', () => {
  it('takes focus off it, so that Slidev\'s arrow keys work again', () => {
    const button = document.createElement('button')
    document.body.append(button)
    button.addEventListener('click', backToSlide)
    button.focus()
    expect(document.activeElement).toBe(button)
    button.click()
    expect(document.activeElement).not.toBe(button)
    button.remove()
  })

  it('does nothing without an event', () => {
    expect(() => backToSlide(undefined)).not.toThrow()
  })
})
