import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n } from '../../../src/app/i18n'
import type { HandbookParts } from '../../../src/content/parts'
import { useHandbookStore } from '../../../src/content/store'
import { repositories } from '../../../src/db'
import AddToWorkshopButton from '../../../src/features/workshops/components/AddToWorkshopButton.vue'

const settle = () => vi.waitFor(flushPromises).then(() => new Promise((r) => setTimeout(r, 30)))

/**
 * The bug that asked for one data path: after deleting the current team, the header showed the
 * next team, but "Zum Workshop hinzufügen" still looked for the deleted team's workshops, because
 * it read the current team a second time from its own settings key.
 */
describe('the current team after deleting it', () => {
  it("offers the remaining team's workshops on a method card", async () => {
    const repos = repositories()
    const teamA = await repos.teams.create('Team A')
    const teamB = await repos.teams.create('Team B')
    await repos.workshops.create({ teamId: teamB.id, title: 'Werkstatt von B' })
    await repos.settings.set('currentTeamId', teamA.id)

    const pinia = createPinia()
    setActivePinia(pinia)
    const store = useHandbookStore()
    store.lang = 'de'
    store.loaded.de = {
      methods: [
        { id: 'check-in', title: 'Check-in', duration: { min: 5, max: 15 }, steps: [], materials: [] },
      ],
    } as unknown as Partial<HandbookParts>
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [{ path: '/:any(.*)*', component: { template: '<p />' } }],
    })
    const wrapper = mount(AddToWorkshopButton, {
      props: { methodId: 'check-in' },
      global: { plugins: [i18n, pinia, router] },
      attachTo: document.body,
    })
    await settle()

    await repos.transfer.removeTeam(teamA.id)
    await settle()
    await wrapper.get('button').trigger('click')
    await settle()

    const options = wrapper.findAll('input[type="radio"]')
    expect(options.map((r) => r.element.parentElement?.textContent?.trim())).toEqual([
      'Werkstatt von B',
      'Neuer Workshop',
    ])
    wrapper.unmount()
  })
})
