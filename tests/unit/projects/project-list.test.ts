import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n } from '../../../src/app/i18n'
import type { HandbookParts } from '../../../src/content/parts'
import { useHandbookStore } from '../../../src/content/store'
import { HandbookDatabase, repositories } from '../../../src/db'
import ProjectList from '../../../src/features/projects/components/ProjectList.vue'
import type { Project, Team } from '../../../src/model'

// Generous: thousands of records in fake-indexeddb on a busy machine; this is no timing test.
const until = <T>(check: () => T | Promise<T>) => vi.waitFor(check, { timeout: 5000 })

const time = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString()
const team: Team = { id: 't1', name: 'Team Stadtgrün', createdAt: time(0), updatedAt: time(0) }
const project = (i: number): Project => ({
  id: `p${i}`,
  teamId: team.id,
  title: `Projekt ${String(i).padStart(3, '0')}`,
  description: i === 7 ? 'Schattenplätze für den Sommer' : '',
  phase: 1,
  currentStepId: null,
  archived: i % 10 === 9,
  createdAt: time(i),
  updatedAt: time(i),
})

function setup() {
  i18n.global.locale.value = 'de'
  const pinia = createPinia()
  setActivePinia(pinia)
  const store = useHandbookStore()
  store.lang = 'de'
  store.loaded.de = {
    phases: [],
    steps: [
      { id: 'kick-off', phase: 1 },
      { id: 'ziele', phase: 1 },
    ],
  } as unknown as Partial<HandbookParts>
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:any(.*)*', component: { template: '<p />' } }],
  })
  return mount(ProjectList, { props: { team }, global: { plugins: [i18n, pinia, router] } })
}

const titles = (wrapper: ReturnType<typeof setup>) =>
  wrapper.findAll('.card-grid > li h3').map((h) => h.text())

describe('the project list of a team with hundreds of projects', () => {
  it('renders a page of cards, shows more on request, and still searches and sorts all of them', async () => {
    repositories()
    const db = new HandbookDatabase()
    await db.teams.add(team)
    await db.projects.bulkAdd(Array.from({ length: 130 }, (_, i) => project(i)))
    // Half done: the newest project (on the first page) and an old one (far beyond it).
    for (const id of ['p128', 'p3'])
      await db.stepStates.add({ projectId: id, stepId: 'kick-off', status: 'done', updatedAt: time(0) })
    const wrapper = setup()

    // 117 not archived; newest first, 50 at a time.
    await until(() => expect(titles(wrapper)).toHaveLength(50))
    expect(titles(wrapper)[0]).toBe('Projekt 128')
    await until(() => expect(wrapper.get('.card-grid > li').text()).toContain('50 % erledigt'))
    expect(wrapper.text()).toContain('117 Projekte')
    expect(wrapper.text()).toContain('50 von 117 Projekten angezeigt')
    const more = wrapper.findAll('button').find((b) => b.text() === 'Weitere Projekte anzeigen')
    await more?.trigger('click')
    expect(titles(wrapper)).toHaveLength(100)

    // A search reaches projects beyond the first page (description too), and starts a new page.
    await wrapper.get('input[type="search"]').setValue('schatten')
    expect(titles(wrapper)).toEqual(['Projekt 007'])
    await wrapper.get('input[type="search"]').setValue('')
    expect(titles(wrapper)).toHaveLength(50)
    await wrapper.get('select').setValue('title')
    expect(titles(wrapper).slice(0, 2)).toEqual(['Projekt 000', 'Projekt 001'])
    // Sorting by progress weighs every project, not only those on screen.
    await wrapper.get('select').setValue('progress')
    await until(() => expect(titles(wrapper).slice(0, 2)).toEqual(['Projekt 003', 'Projekt 128']))
    wrapper.unmount()
  })
})
