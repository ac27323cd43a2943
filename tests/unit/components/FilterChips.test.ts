import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { i18n } from '../../../src/app/i18n'
import FilterChips from '../../../src/features/methods/components/FilterChips.vue'
import { emptyFilter } from '../../../src/lib/method-filter'

describe('FilterChips', () => {
  it('names every active filter in a removable chip and offers "reset all"', async () => {
    i18n.global.locale.value = 'de'
    const filter = {
      ...emptyFilter(),
      phases: [3],
      minutes: 60,
      step: 'testbasis',
      levels: ['easy' as const],
    }
    const wrapper = mount(FilterChips, {
      props: { filter, stepTitle: 'Testbasis festlegen', collectionName: null },
      global: { plugins: [i18n] },
    })
    const buttons = wrapper.findAll('button')
    expect(buttons.map((b) => b.attributes('aria-label') ?? b.text())).toEqual([
      'Empfohlen in: Testbasis festlegen entfernen',
      'Phase 3 entfernen',
      'passt in 60 Min. entfernen',
      'einfach entfernen',
      'Alle Filter zurücksetzen',
    ])
    await buttons[1]!.trigger('click')
    expect(wrapper.emitted('remove')).toEqual([[{ facet: 'phases', value: 3 }]])
    await buttons.at(-1)!.trigger('click')
    expect(wrapper.emitted('reset')).toHaveLength(1)
  })

  it('shows nothing when no filter is active', () => {
    const wrapper = mount(FilterChips, {
      props: { filter: emptyFilter(), stepTitle: null, collectionName: null },
      global: { plugins: [i18n] },
    })
    expect(wrapper.find('section').exists()).toBe(false)
  })
})
