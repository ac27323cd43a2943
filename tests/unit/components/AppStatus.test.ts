import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n } from '../../../src/app/i18n'
import { holdBusy } from '../../../src/lib/busy'

const sw = vi.hoisted(() => ({
  onNeedRefresh: null as null | (() => void),
  update: vi.fn(async (_reload?: boolean) => {}),
}))
vi.mock('virtual:pwa-register', () => ({
  registerSW: (options: { onNeedRefresh: () => void }) => {
    sw.onNeedRefresh = options.onNeedRefresh
    return sw.update
  },
}))

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllEnvs()
})

describe('AppStatus', () => {
  it('offers a waiting update quietly and reloads only once no timer runs', async () => {
    vi.stubEnv('PROD', true)
    Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true })
    const { default: AppStatus } = await import('../../../src/features/data/components/AppStatus.vue')
    i18n.global.locale.value = 'de'
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: {} }] })
    const wrapper = mount(AppStatus, { global: { plugins: [i18n, router] }, attachTo: document.body })
    await flushPromises()
    expect(wrapper.text()).not.toContain('neue Version')

    sw.onNeedRefresh!()
    await flushPromises()
    expect(wrapper.get('[role="status"]').text()).toContain(
      'Eine neue Version von Handbuch interaktiv ist bereit.',
    )

    vi.useFakeTimers()
    const stopTimer = holdBusy('workshop-timer')
    await wrapper.get('button').trigger('click')
    expect(sw.update).not.toHaveBeenCalled()
    expect(wrapper.text()).toContain('sobald Sie fertig getippt haben und kein Timer mehr läuft')
    vi.advanceTimersByTime(60_000)
    expect(sw.update).not.toHaveBeenCalled()

    stopTimer()
    vi.advanceTimersByTime(2000)
    expect(sw.update).toHaveBeenCalledWith(true)
    wrapper.unmount()
  })
})
