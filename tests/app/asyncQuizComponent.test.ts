// @vitest-environment happy-dom
// A quiz slide whose files fail to load: tried again, then one line instead of a blank slide.

import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { asyncQuizComponent, LOAD_ATTEMPTS, LOAD_ERROR } from '../../app/asyncQuizComponent'

const Loaded = defineComponent({ setup: () => () => h('p', { class: 'loaded' }, 'Question') })
const inSlide = (component: ReturnType<typeof asyncQuizComponent>) => mount(defineComponent({ setup: () => () => h('div', [h(component)]) }))

async function settle() {
  for (let i = 0; i < 10; i++) {
    await flushPromises()
    await new Promise(r => setTimeout(r, 1))
  }
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('given a quiz component loaded over the network', () => {
  it('tries again after a failed fetch and shows the quiz once it loads', async () => {
    const loader = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(Loaded)
    const w = inSlide(asyncQuizComponent(loader, { retryDelayMs: 0 }))
    await settle()
    expect(loader).toHaveBeenCalledTimes(2)
    expect(w.find('.loaded').exists()).toBe(true)
    expect(w.find('[role="alert"]').exists()).toBe(false)
  })

  it(`says so in one line after ${LOAD_ATTEMPTS} failed attempts, instead of a blank slide`, async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    vi.spyOn(console, 'error').mockImplementation(() => {}) // Vue logs the loader's error too
    const loader = vi.fn().mockRejectedValue(new Error('offline'))
    const w = inSlide(asyncQuizComponent(loader, { retryDelayMs: 0 }))
    await settle()
    expect(loader).toHaveBeenCalledTimes(LOAD_ATTEMPTS)
    expect(w.get('[role="alert"]').text()).toBe(LOAD_ERROR)
  })

  it('shows nothing when quiet, so a second component does not repeat the message', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    vi.spyOn(console, 'error').mockImplementation(() => {}) // Vue logs the loader's error too
    const w = inSlide(asyncQuizComponent(vi.fn().mockRejectedValue(new Error('offline')), { quiet: true, retryDelayMs: 0 }))
    await settle()
    expect(w.text()).toBe('')
  })
})
