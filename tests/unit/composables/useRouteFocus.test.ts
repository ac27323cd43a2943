import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, onMounted, ref } from 'vue'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import { useRouteFocus } from '../../../src/composables/useRouteFocus'

// A view that, like the project pages, shows its h1 only after its data has loaded.
const SlowView = defineComponent(() => {
  const ready = ref(false)
  onMounted(() => setTimeout(() => (ready.value = true), 20))
  return () => (ready.value ? h('h1', 'Geladen') : h('p', 'Lädt …'))
})

describe('useRouteFocus', () => {
  it('focuses the main h1 once a view renders it and announces the page title', async () => {
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/', component: { render: () => h('h1', 'Start') } },
        { path: '/langsam', component: SlowView },
      ],
    })
    const spoken = { announcement: ref('') }
    const App = defineComponent(() => {
      spoken.announcement = useRouteFocus(router)
      return () => h('main', { id: 'main', tabindex: -1 }, h(RouterView))
    })
    await router.push('/')
    mount(App, { global: { plugins: [router] }, attachTo: document.body })
    await router.isReady()
    document.title = 'Langsame Seite – Handbuch interaktiv'
    await router.push('/langsam')
    await expect.poll(() => document.activeElement?.textContent).toBe('Geladen')
    expect(document.activeElement?.tagName).toBe('H1')
    expect(spoken.announcement.value).toBe('Langsame Seite – Handbuch interaktiv')
  })
})
