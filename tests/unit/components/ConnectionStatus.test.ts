import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { i18n } from '../../../src/app/i18n'
import ConnectionStatus from '../../../src/features/data/components/ConnectionStatus.vue'

let onLine = true
Object.defineProperty(navigator, 'onLine', { get: () => onLine, configurable: true })
afterEach(() => {
  onLine = true
})

async function goOffline(offline: boolean) {
  onLine = !offline
  window.dispatchEvent(new Event(offline ? 'offline' : 'online'))
  await nextTick()
}

describe('ConnectionStatus', () => {
  it('says whether the device is online and follows the connection live', async () => {
    const wrapper = mount(ConnectionStatus, { global: { plugins: [i18n] } })
    expect(wrapper.get('[role="status"]').text()).toBe('Online')
    await goOffline(true)
    expect(wrapper.get('[role="status"]').text()).toBe('Offline – alles Gespeicherte bleibt nutzbar')
    await goOffline(false)
    expect(wrapper.get('[role="status"]').text()).toBe('Online')
    wrapper.unmount()
  })

  it('starts as offline when the page opens without network', () => {
    onLine = false
    const wrapper = mount(ConnectionStatus, { global: { plugins: [i18n] } })
    expect(wrapper.get('[role="status"]').text()).toBe('Offline – alles Gespeicherte bleibt nutzbar')
    wrapper.unmount()
  })
})
