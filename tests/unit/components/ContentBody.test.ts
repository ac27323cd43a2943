import { join } from 'node:path'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { loadHandbook } from '../../../build/content/load'
import ContentBody from '../../../src/components/ContentBody.vue'
import { i18n } from '../../../src/app/i18n'
import { useHandbookStore } from '../../../src/content/store'

const { handbooks } = loadHandbook(join(import.meta.dirname, '..', '..', 'fixtures', 'content'), {
  strictTranslations: true,
})

function setup(html: string) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const store = useHandbookStore()
  store.lang = 'de'
  store.loaded.de = { ...handbooks.de }
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:any(.*)*', component: { template: '<p />' } }],
  })
  const wrapper = mount(ContentBody, {
    props: { html },
    global: { plugins: [router, pinia, i18n] },
    attachTo: document.body,
  })
  return { wrapper, router }
}

const flush = () => new Promise((r) => setTimeout(r, 0))

beforeEach(() => {
  i18n.global.locale.value = 'de'
  document.body.innerHTML = ''
})

describe('ContentBody', () => {
  it('shows the rendered handbook text', () => {
    const { wrapper } = setup('<h2 id="ziel">Ziel</h2><p>Text</p>')
    expect(wrapper.find('h2#ziel').text()).toBe('Ziel')
  })

  it('follows internal links inside the app instead of loading a page', async () => {
    const { wrapper, router } = setup('<p><a href="/methoden/check-in" data-internal="">Check-in</a></p>')
    await wrapper.find('a').trigger('click', { button: 0 })
    await flush()
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

  it('puts a copy-link button next to each section heading and copies its address', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined)
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    const { wrapper } = setup('<h2 id="ziel">Ziel</h2><h3 id="mehr">Mehr</h3><h4 id="tief">Tief</h4>')
    const buttons = wrapper.findAll('button.heading-anchor')
    expect(buttons.map((b) => b.attributes('aria-label'))).toEqual([
      'Link zum Abschnitt „Ziel“ kopieren',
      'Link zum Abschnitt „Mehr“ kopieren',
    ])
    expect(wrapper.find('h2').text()).toBe('Ziel')
    await buttons[0].trigger('click', { button: 0 })
    await flush()
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/#ziel$/))
    expect(wrapper.find('[role="status"]').text()).toBe('Link zum Abschnitt „Ziel“ kopiert.')
  })

  it('opens a glossary definition in place and returns focus when it closes', async () => {
    const { wrapper, router } = setup(
      '<p>Eine <a href="/handbuch/glossar#massnahme" data-internal class="term-link" data-term="massnahme">Maßnahme</a>.</p>',
    )
    const term = wrapper.find('a.term-link')
    expect(term.attributes('role')).toBe('button')
    expect(term.attributes('aria-expanded')).toBe('false')

    await term.trigger('click', { button: 0 })
    // The popover's code loads with the first term opened.
    await vi.waitFor(() => expect(wrapper.find('[role="dialog"]').exists()).toBe(true))
    await flush()
    const dialog = wrapper.find('[role="dialog"]')
    expect(dialog.text()).toContain('Maßnahme')
    expect(dialog.text()).toContain(handbooks.de.terms[0].definition.slice(0, 20))
    expect(term.attributes('aria-expanded')).toBe('true')
    expect(router.currentRoute.value.path).toBe('/')
    expect(dialog.find('a[href="/handbuch/glossar#massnahme"]').text()).toBe('Im Glossar ansehen')

    await dialog.trigger('keydown', { key: 'Escape' })
    expect(wrapper.find('[role="dialog"]').exists()).toBe(false)
    expect(term.attributes('aria-expanded')).toBe('false')
    expect(document.activeElement).toBe(term.element)

    await term.trigger('keydown', { key: ' ' })
    expect(wrapper.find('[role="dialog"]').exists()).toBe(true)
  })
})
