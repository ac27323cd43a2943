import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import ContentBody from '../../../src/components/ContentBody.vue'

function setup(html: string) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:any(.*)*', component: { template: '<p />' } }],
  })
  const wrapper = mount(ContentBody, { props: { html }, global: { plugins: [router] } })
  return { wrapper, router }
}

describe('ContentBody', () => {
  it('shows the rendered handbook text', () => {
    const { wrapper } = setup('<h2 id="ziel">Ziel</h2><p>Text</p>')
    expect(wrapper.find('h2#ziel').text()).toBe('Ziel')
  })

  it('follows internal links inside the app instead of loading a page', async () => {
    const { wrapper, router } = setup('<p><a href="/methoden/check-in" data-internal="">Check-in</a></p>')
    await wrapper.find('a').trigger('click', { button: 0 })
    await new Promise((r) => setTimeout(r, 0))
    expect(router.currentRoute.value.path).toBe('/methoden/check-in')
  })

  it('leaves external links and modified clicks to the browser', async () => {
    const { wrapper, router } = setup(
      '<a href="https://mein.berlin.de">mein.berlin</a><a href="/x" data-internal>x</a>',
    )
    await wrapper.findAll('a')[0].trigger('click', { button: 0 })
    await wrapper.findAll('a')[1].trigger('click', { button: 0, ctrlKey: true })
    expect(router.currentRoute.value.path).toBe('/')
  })
})
