/**
 * Issue 20: the library's phase filter lists the handbook's phases, by number and name, however many
 * it has: a four-phase handbook offers no "Phase 5".
 */
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { i18n } from '../../../src/app/i18n'
import { outlineOf } from '../../../src/content/parts'
import FilterChips from '../../../src/features/methods/components/FilterChips.vue'
import MethodFilters from '../../../src/features/methods/components/MethodFilters.vue'
import { emptyFilter } from '../../../src/lib/method-filter'
import { queryToFilter } from '../../../src/lib/method-query'
import { FOUR_PHASES, loadFixture } from '../content/fixture'

const { handbooks } = loadFixture(undefined, true, FOUR_PHASES)
const phases = outlineOf(handbooks.de).phases

describe('the phase filter of a four-phase handbook', () => {
  it("offers the handbook's four phases by number and name, and emits the phase ticked", async () => {
    i18n.global.locale.value = 'de'
    const wrapper = mount(MethodFilters, {
      props: { filter: emptyFilter(), hasTeam: false, phases },
      global: { plugins: [i18n] },
    })
    const phaseGroup = wrapper.findAll('fieldset').find((f) => f.find('legend').text() === 'Phase')!
    expect(phaseGroup.findAll('label').map((l) => l.text())).toEqual([
      'Phase 1: Ankommen',
      'Phase 2: Verstehen',
      'Phase 3: Bauen',
      'Phase 4: Betreiben',
    ])
    await phaseGroup.findAll('input')[3]!.setValue(true)
    expect(wrapper.emitted('update')?.[0]?.[0]).toMatchObject({ phases: [4] })
  })

  it('names the phase in its chip', () => {
    const wrapper = mount(FilterChips, {
      props: { filter: { ...emptyFilter(), phases: [2] }, stepTitle: null, collectionName: null, phases },
      global: { plugins: [i18n] },
    })
    expect(wrapper.find('button').attributes('aria-label')).toBe('Phase 2: Verstehen entfernen')
  })

  it('drops a phase from the address that the handbook does not have', () => {
    expect(queryToFilter({ phase: '2,5' }, phases.length).phases).toEqual([2])
    // Until the outline is here, any phase a handbook may have (at most 9) is kept.
    expect(queryToFilter({ phase: '2,5,10' }).phases).toEqual([2, 5])
  })
})
