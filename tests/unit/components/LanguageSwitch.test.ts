import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import LanguageSwitch from '../../../src/app/shell/LanguageSwitch.vue'
import { i18n } from '../../../src/app/i18n'

describe('LanguageSwitch', () => {
  it('switches the interface language and shows which one is active', async () => {
    i18n.global.locale.value = 'de'
    const wrapper = mount(LanguageSwitch, { global: { plugins: [i18n] } })
    const [german, english] = wrapper.findAll('button')
    expect(wrapper.attributes('aria-label')).toBe('Sprache')
    expect(german.attributes('aria-pressed')).toBe('true')
    expect(english.attributes('lang')).toBe('en')

    await english.trigger('click')

    expect(i18n.global.locale.value).toBe('en')
    expect(english.attributes('aria-pressed')).toBe('true')
    expect(wrapper.attributes('aria-label')).toBe('Language')
  })

  it('is not there when the handbook has one language', async () => {
    vi.resetModules()
    vi.doMock('virtual:handbook/langs', () => ({ default: ['de'] }))
    const { default: OneLanguage } = await import('../../../src/app/shell/LanguageSwitch.vue')
    const { i18n: fresh } = await import('../../../src/app/i18n')
    const wrapper = mount(OneLanguage, { global: { plugins: [fresh] } })
    expect(wrapper.find('[role="group"]').exists()).toBe(false)
    expect(wrapper.findAll('button')).toHaveLength(0)
    vi.doUnmock('virtual:handbook/langs')
  })
})
