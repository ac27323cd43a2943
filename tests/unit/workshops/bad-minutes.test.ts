import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { i18n } from '../../../src/app/i18n'
import AgendaRow from '../../../src/features/workshops/components/AgendaRow.vue'
import AgendaSummary from '../../../src/features/workshops/components/AgendaSummary.vue'
import type { WorkshopItem } from '../../../src/model'

const item = (minutes: unknown): WorkshopItem => ({
  ...{ id: 'a', kind: 'text', title: 'Pause', responsible: '', notes: '', optional: false },
  minutes: minutes as number,
})
const global = { plugins: [i18n], stubs: { RouterLink: true } }

describe('agenda items with unusable stored minutes', () => {
  it.each([-30, Number.NaN, null, 1e15, Infinity, 'zehn'])(
    'shows %j as an empty, marked field',
    (minutes) => {
      const wrapper = mount(AgendaRow, {
        props: {
          modelValue: item(minutes),
          row: {
            item: item(minutes),
            title: 'Pause',
            method: undefined,
            minutes: null,
            start: null,
            end: null,
            nextDay: false,
          },
          index: 0,
          count: 1,
        },
        global,
      })
      const input = wrapper.get('input[type="number"]')
      expect((input.element as HTMLInputElement).value).toBe('')
      expect(input.attributes('aria-invalid')).toBe('true')
      expect(wrapper.get(`#${input.attributes('aria-describedby')}`).text()).toContain('ungültiger Wert')
      expect(wrapper.text()).not.toContain('NaN')
    },
  )

  it('counts them as no time in the summary instead of "NaN"', () => {
    const wrapper = mount(AgendaSummary, {
      props: {
        items: [item(-30), item(Number.NaN), item('zehn'), item(1e15), item(20)],
        startTime: '09:00',
        endTime: '12:00',
        materials: [],
      },
      global,
    })
    expect(wrapper.text()).toContain('Gesamtdauer: 20 Min.')
    expect(wrapper.text()).toContain('09:20')
    expect(wrapper.text()).not.toContain('NaN')
  })
})
