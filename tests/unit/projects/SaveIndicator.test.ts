import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { i18n } from '../../../src/app/i18n'
import SaveIndicator from '../../../src/features/projects/components/SaveIndicator.vue'

describe('SaveIndicator', () => {
  it('says "Gespeichert" once and keeps it while later saves run; a failure replaces it', async () => {
    i18n.global.locale.value = 'de'
    const wrapper = mount(SaveIndicator, { props: { state: 'idle' }, global: { plugins: [i18n] } })
    const status = () => wrapper.get('[role="status"]').text()
    expect(status()).toBe('')
    await wrapper.setProps({ state: 'saving' })
    expect(wrapper.text()).toContain('Wird gespeichert')
    expect(status()).toBe('')
    await wrapper.setProps({ state: 'saved' })
    expect(status()).toBe('Gespeichert')
    await wrapper.setProps({ state: 'saving' })
    expect(status()).toBe('Gespeichert')
    await wrapper.setProps({ state: 'failed' })
    expect(status()).toMatch(/^Nicht gespeichert/)
  })
})
