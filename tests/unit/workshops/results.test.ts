import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { i18n } from '../../../src/app/i18n'
import type { LogbookEntry } from '../../../src/model'
import WorkshopResults from '../../../src/features/workshops/components/WorkshopResults.vue'

const entry = (kind: LogbookEntry['kind'], text: string): LogbookEntry => ({
  id: text,
  projectId: 'p',
  kind,
  text,
  workshopId: 'w',
  agendaItemId: 'i',
  createdAt: '2026-12-01T09:00:00.000Z',
})

describe('WorkshopResults', () => {
  it('names the kind of every logbook entry linked to the workshop, not only the quick-capture kinds', () => {
    const wrapper = mount(WorkshopResults, {
      props: {
        captures: [entry('decision', 'Pilot im Bezirk'), entry('step-done', 'Kick-off')],
        itemTitle: () => 'Fishbowl',
        heading: 'Ergebnisse',
      },
      global: { plugins: [i18n] },
    })
    const items = wrapper.findAll('li').map((li) => li.text())
    expect(items[0]).toContain('Entscheidung')
    expect(items[1]).toContain('Schritt erledigt')
    expect(wrapper.text()).not.toContain('workshopPlanner.')
  })
})
