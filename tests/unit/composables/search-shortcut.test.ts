import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { useSearchShortcut } from '../../../src/features/handbook/composables/useSearchShortcut'

const opened: string[] = []
const Host = defineComponent(() => {
  useSearchShortcut(() => opened.push('search'))
  return () => h('div', [h('input', { 'aria-label': 'Notiz' }), h('textarea'), h('button', 'Knopf')])
})

function press(target: EventTarget, key: string, init: KeyboardEventInit = {}) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init })
  target.dispatchEvent(event)
  return event
}

afterEach(() => {
  opened.length = 0
  document.body.innerHTML = ''
})

describe('useSearchShortcut', () => {
  it('opens the search on "/" outside text fields and keeps the slash out of the page', () => {
    const wrapper = mount(Host, { attachTo: document.body })
    const event = press(wrapper.get('button').element, '/')
    expect(opened).toEqual(['search'])
    expect(event.defaultPrevented).toBe(true)
    wrapper.unmount()
  })

  it('lets "/" be typed into a text field or text area', () => {
    const wrapper = mount(Host, { attachTo: document.body })
    const input = press(wrapper.get('input').element, '/')
    const area = press(wrapper.get('textarea').element, '/')
    expect(opened).toEqual([])
    expect(input.defaultPrevented || area.defaultPrevented).toBe(false)
    wrapper.unmount()
  })

  it('opens the search on Ctrl+K and ⌘K, even while typing', () => {
    const wrapper = mount(Host, { attachTo: document.body })
    press(wrapper.get('input').element, 'k', { ctrlKey: true })
    press(document.body, 'K', { metaKey: true })
    expect(opened).toEqual(['search', 'search'])
    press(document.body, 'k')
    press(document.body, 'k', { ctrlKey: true, altKey: true })
    press(document.body, '/', { ctrlKey: true })
    expect(opened).toHaveLength(2)
    wrapper.unmount()
  })

  it('stops listening when the header goes away', () => {
    const wrapper = mount(Host, { attachTo: document.body })
    wrapper.unmount()
    press(document.body, '/')
    expect(opened).toEqual([])
  })
})
