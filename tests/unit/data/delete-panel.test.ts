import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '../../../src/app/i18n'
import { HandbookDatabase, repositories } from '../../../src/db'
import DeletePanel from '../../../src/features/data/components/DeletePanel.vue'
import { project, team } from '../db/many-records'

// Seeded straight into the app's database, as an import of many teams would leave it.
const db = new HandbookDatabase()

// Generous: thousands of records in fake-indexeddb on a busy machine; this is no timing test.
const until = <T>(check: () => T | Promise<T>) => vi.waitFor(check, { timeout: 5000 })

beforeEach(async () => {
  await Promise.all([db.teams.clear(), db.projects.clear(), db.settings.clear()])
  repositories()
})

const buttons = (wrapper: ReturnType<typeof mount>, start: string) =>
  wrapper.findAll('button').filter((b) => b.text().startsWith(start))
const button = (wrapper: ReturnType<typeof mount>, name: string) => {
  const found = wrapper.findAll('button').find((b) => b.text() === name)
  if (!found) throw new Error(`No button "${name}"`)
  return found
}

describe('the delete panel of the data page', () => {
  it('lists teams and projects a page at a time, finds any team, and deletes everything', async () => {
    i18n.global.locale.value = 'de'
    await db.teams.bulkAdd(Array.from({ length: 1500 }, (_, i) => team(i)))
    await db.teams.add(team(2000, 'Team Wärmeschutz'))
    await db.projects.bulkAdd(Array.from({ length: 45 }, (_, i) => project('t2000', i)))
    const wrapper = mount(DeletePanel, { global: { plugins: [i18n] }, attachTo: document.body })

    await until(() => expect(buttons(wrapper, 'Team „')).toHaveLength(10))
    expect(buttons(wrapper, 'Team „')[0]?.text()).toBe('Team „Team Wärmeschutz“ löschen')
    await until(() => expect(buttons(wrapper, 'Projekt „')).toHaveLength(20))
    expect(wrapper.text()).toContain('Die neuesten 20 von 45 Projekten')

    await button(wrapper, 'Weitere Projekte von „Team Wärmeschutz“ anzeigen').trigger('click')
    await until(() => expect(buttons(wrapper, 'Projekt „')).toHaveLength(40))
    await button(wrapper, 'Weitere Projekte von „Team Wärmeschutz“ anzeigen').trigger('click')
    await until(() => expect(buttons(wrapper, 'Projekt „')).toHaveLength(45))
    expect(buttons(wrapper, 'Weitere Projekte')).toHaveLength(0)

    await button(wrapper, 'Weitere Teams anzeigen').trigger('click')
    await until(() => expect(buttons(wrapper, 'Team „')).toHaveLength(20))

    const search = wrapper.get('input[type="search"]')
    expect(wrapper.get(`label[for="${search.attributes('id')}"]`).text()).toBe('Team zum Löschen suchen')
    await search.setValue('team 1234')
    await until(() =>
      expect(buttons(wrapper, 'Team „').map((b) => b.text())).toEqual(['Team „Team 1234“ löschen']),
    )
    expect(wrapper.text()).toContain('Ein Team passt.')

    await button(wrapper, 'Alle Daten auf diesem Gerät löschen').trigger('click')
    await until(() => expect(document.querySelector('dialog')?.textContent).toContain('Alle Teams, Projekte'))
    const confirm = [...document.querySelectorAll('dialog button')].find(
      (b) => b.textContent?.trim() === 'Endgültig löschen',
    )
    ;(confirm as HTMLButtonElement).click()
    await until(async () => expect(await db.teams.count()).toBe(0))
    expect(await db.projects.count()).toBe(0)
    await until(() => expect(wrapper.text()).toContain('Auf diesem Gerät sind keine Teams gespeichert.'))
    wrapper.unmount()
  })
})
