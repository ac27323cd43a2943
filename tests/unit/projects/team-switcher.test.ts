import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '../../../src/app/i18n'
import { HandbookDatabase, repositories } from '../../../src/db'
import TeamSwitcher from '../../../src/features/projects/components/TeamSwitcher.vue'
import { team } from '../db/many-records'

// Generous: thousands of records in fake-indexeddb on a busy machine; this is no timing test.
const until = <T>(check: () => T | Promise<T>) => vi.waitFor(check, { timeout: 5000 })

// Seeded straight into the app's database: thousands of teams through the UI would take minutes.
const db = new HandbookDatabase()

beforeEach(async () => {
  await db.teams.clear()
  // Opens the app's storage layer, as a device that holds data does at start.
  repositories()
})

function mountSwitcher() {
  return mount(TeamSwitcher, { global: { plugins: [i18n] }, attachTo: document.body })
}
const optionTexts = (wrapper: ReturnType<typeof mountSwitcher>) =>
  wrapper.findAll('option').map((o) => o.text())

describe('the team switcher', () => {
  it('lists every team without a search field while there are few', async () => {
    i18n.global.locale.value = 'de'
    await db.teams.bulkAdd([team(1, 'Team Stadtgrün'), team(2, 'Team Wärmeschutz')])
    const wrapper = mountSwitcher()
    await until(() => expect(optionTexts(wrapper)).toEqual(['Team Wärmeschutz', 'Team Stadtgrün']))
    expect(wrapper.find('input[type="search"]').exists()).toBe(false)
    // The sync state of a team that is not shared.
    expect(wrapper.text()).toContain('Nur auf diesem Gerät')
    wrapper.unmount()
  })

  it('with thousands of teams, lists a page and finds any team by typing part of its name', async () => {
    i18n.global.locale.value = 'de'
    const { settings } = repositories()
    await db.teams.bulkAdd(Array.from({ length: 2000 }, (_, i) => team(i)))
    await db.teams.add(team(5000, 'Team Wärmeschutz'))
    await settings.set('currentTeamId', 't3')
    const wrapper = mountSwitcher()

    // The current team first (the select shows it), then the most recently edited ones: a page.
    await until(() =>
      expect(optionTexts(wrapper).slice(0, 3)).toEqual(['Team 3', 'Team Wärmeschutz', 'Team 1999']),
    )
    expect(optionTexts(wrapper)).toHaveLength(26)
    const select = wrapper.get('select')
    expect(wrapper.get(`label[for="${select.attributes('id')}"]`).text()).toBe('Team')

    const search = wrapper.get('input[type="search"]')
    expect(wrapper.get(`label[for="${search.attributes('id')}"]`).text()).toBe('Team suchen')
    await search.setValue('wärme')
    await until(() => expect(optionTexts(wrapper)).toEqual(['Team 3', 'Team Wärmeschutz']))
    expect(wrapper.get('[role="status"]').text()).toBe('Ein Team passt.')

    await search.setValue('Team 1234')
    await until(() => expect(optionTexts(wrapper)).toEqual(['Team 3', 'Team 1234']))
    await select.setValue('t1234')
    await until(async () => expect(await settings.get('currentTeamId')).toBe('t1234'))
    await until(() => expect((select.element as HTMLSelectElement).value).toBe('t1234'))

    await search.setValue('gibt es nicht')
    await until(() =>
      expect(wrapper.get('[role="status"]').text()).toBe('Kein Team passt zu „gibt es nicht“.'),
    )
    expect(optionTexts(wrapper)).toEqual(['Team 1234'])

    i18n.global.locale.value = 'en'
    await flushPromises()
    expect(wrapper.get(`label[for="${search.attributes('id')}"]`).text()).toBe('Find a team')
    expect(wrapper.get('[role="status"]').text()).toBe('No team matches “gibt es nicht”.')
    i18n.global.locale.value = 'de'
    wrapper.unmount()
  })
})
