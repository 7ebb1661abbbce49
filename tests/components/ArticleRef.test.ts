// @vitest-environment happy-dom
// ArticleRef and ArticleCite: links to a paragraph of the article reader, with and without the deck's router.

import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import ArticleCite from '../../components/ArticleCite.vue'
import ArticleRef from '../../components/ArticleRef.vue'

const Empty = { template: '<div />' }

/** A router like the deck's, served under a sub-path. */
async function deckRouter(base = '/deck/') {
  const router = createRouter({ history: createMemoryHistory(base), routes: [{ path: '/', component: Empty }, { path: '/article', component: Empty }] })
  await router.push('/')
  return router
}

describe('given a paragraph reference', () => {
  it('links "paragraph 12" to the reader\'s anchor, under the build\'s base when there is no router', () => {
    const w = mount(ArticleRef, { props: { p: 12 } })
    expect(w.get('a').text()).toBe('paragraph 12')
    expect(w.get('a').attributes('href')).toBe('/article#p12')
  })

  it('shows "¶12" in its short form and still names the paragraph in words', () => {
    const a = mount(ArticleRef, { props: { p: 12, form: 'sign' } }).get('a')
    expect(a.text()).toBe('¶12')
    expect(a.attributes('aria-label')).toBe('paragraph 12')
  })

  it('takes the deploy base from the router, and a click moves the router there without reloading', async () => {
    const router = await deckRouter()
    const w = mount(ArticleRef, { props: { p: 23 }, global: { plugins: [router] } })
    expect(w.get('a').attributes('href')).toBe('/deck/article#p23')
    await w.get('a').trigger('click', { button: 0 })
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/article#p23')
  })

  it('leaves a modified click (a new tab) to the browser', async () => {
    const router = await deckRouter()
    const w = mount(ArticleRef, { props: { p: 23 }, global: { plugins: [router] } })
    await w.get('a').trigger('click', { button: 0, ctrlKey: true })
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/')
  })
})

describe('given a slide\'s source line', () => {
  it('names every cited paragraph, each a link, in order', () => {
    const w = mount(ArticleCite, { props: { p: [3, 4] } })
    expect(w.text().replace(/\s+/g, ' ')).toBe('From the article: paragraph 3, paragraph 4')
    expect(w.findAll('a').map(a => a.attributes('href'))).toEqual(['/article#p3', '/article#p4'])
  })
})
