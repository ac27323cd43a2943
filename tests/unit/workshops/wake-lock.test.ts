import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { useWakeLock } from '../../../src/features/workshops/composables/useWakeLock'

/** A stand-in for the Screen Wake Lock API that counts requests and can drop the lock as a browser does. */
function fakeWakeLock() {
  const sentinels: (EventTarget & { released: boolean; type: 'screen'; release: () => Promise<void> })[] = []
  const api = {
    sentinels,
    held: () => sentinels.filter((s) => !s.released).length,
    request: async (type: 'screen') => {
      const sentinel = Object.assign(new EventTarget(), {
        released: false,
        type,
        release: async () => {
          if (sentinel.released) return
          sentinel.released = true
          sentinel.dispatchEvent(new Event('release'))
        },
      })
      sentinels.push(sentinel)
      return sentinel
    },
  }
  Object.defineProperty(navigator, 'wakeLock', { value: api, configurable: true })
  return api
}

let visibility: DocumentVisibilityState = 'visible'
Object.defineProperty(document, 'visibilityState', { get: () => visibility, configurable: true })
async function setVisibility(state: DocumentVisibilityState) {
  visibility = state
  document.dispatchEvent(new Event('visibilitychange'))
  await nextTick()
  await flushPromises()
}

afterEach(() => {
  visibility = 'visible'
  Reflect.deleteProperty(navigator, 'wakeLock')
})

describe('useWakeLock', () => {
  it('holds the lock while active, takes it again after the tab was hidden, and lets go when stopped', async () => {
    const api = fakeWakeLock()
    const active = ref(false)
    const scope = effectScope()
    const wake = scope.run(() => useWakeLock(active))!
    await flushPromises()
    expect(api.sentinels).toHaveLength(0)

    active.value = true
    await nextTick()
    await flushPromises()
    expect(api.held()).toBe(1)
    expect(wake.held.value).toBe(true)

    // Hiding the tab makes the browser drop the lock; coming back must take it again.
    await setVisibility('hidden')
    await api.sentinels[0]?.release()
    await flushPromises()
    expect(api.held()).toBe(0)
    await setVisibility('visible')
    expect(api.held()).toBe(1)
    expect(api.sentinels).toHaveLength(2)

    active.value = false
    await nextTick()
    await flushPromises()
    expect(api.held()).toBe(0)
    expect(wake.held.value).toBe(false)
    // Once stopped, returning to the tab does not take the lock again.
    await setVisibility('hidden')
    await setVisibility('visible')
    expect(api.sentinels).toHaveLength(2)
    scope.stop()
  })

  it('says it is unsupported and does nothing where the browser lacks the API', async () => {
    const active = ref(true)
    const scope = effectScope()
    const wake = scope.run(() => useWakeLock(active))!
    await flushPromises()
    expect(wake.supported).toBe(false)
    expect(wake.held.value).toBe(false)
    scope.stop()
  })

  it('releases the lock when the live view goes away', async () => {
    const api = fakeWakeLock()
    const scope = effectScope()
    scope.run(() => useWakeLock(ref(true)))
    await flushPromises()
    expect(api.held()).toBe(1)
    scope.stop()
    await flushPromises()
    expect(api.held()).toBe(0)
  })
})
