import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { mayPrefetch, usePrefetch, type ConnectionHints } from '../../../src/composables/usePrefetch'

function openPage(connection: ConnectionHints | undefined) {
  Object.defineProperty(navigator, 'connection', { value: connection, configurable: true })
  // The browser is idle at once.
  vi.stubGlobal('requestIdleCallback', (run: () => void) => run())
  const load = vi.fn(() => Promise.resolve())
  const wrapper = mount(
    defineComponent(() => {
      usePrefetch(load)
      return () => h('p', 'Projekt')
    }),
  )
  wrapper.unmount()
  return load
}

afterEach(() => {
  vi.unstubAllGlobals()
  Reflect.deleteProperty(navigator, 'connection')
})

describe('usePrefetch', () => {
  it('loads the likely next page once idle on an ordinary connection, or where the browser does not say', () => {
    expect(openPage({ saveData: false, effectiveType: '4g' })).toHaveBeenCalledOnce()
    expect(openPage({ effectiveType: '3g' })).toHaveBeenCalledOnce()
    expect(openPage(undefined)).toHaveBeenCalledOnce()
  })

  it('loads nothing ahead when the user asked to save data or the connection is 2G', () => {
    expect(openPage({ saveData: true, effectiveType: '4g' })).not.toHaveBeenCalled()
    expect(openPage({ saveData: false, effectiveType: '2g' })).not.toHaveBeenCalled()
    expect(openPage({ effectiveType: 'slow-2g' })).not.toHaveBeenCalled()
  })

  it('decides from the connection hints alone', () => {
    expect(mayPrefetch({})).toBe(true)
    expect(mayPrefetch({ saveData: true })).toBe(false)
  })
})
