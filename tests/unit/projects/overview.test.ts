import { join } from 'node:path'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { loadHandbook } from '../../../build/content/load'
import { i18n } from '../../../src/app/i18n'
import type { HandbookParts } from '../../../src/content/parts'
import { useHandbookStore } from '../../../src/content/store'
import { repositories } from '../../../src/db'
import ProjectFrame from '../../../src/features/projects/components/ProjectFrame.vue'
import ProjectOverviewView from '../../../src/features/projects/pages/ProjectOverviewView.vue'

const { de } = loadHandbook(join(import.meta.dirname, '..', '..', '..', 'handbook-content'), {
  strictTranslations: true,
}).handbooks

async function setup() {
  const repos = repositories()
  const team = await repos.teams.create('Team Stadtgrün')
  const first = await repos.projects.create(team.id, 'Baumkataster', 'Alle Straßenbäume erfassen.')
  const second = await repos.projects.create(team.id, 'Parkraum', 'Parkplätze neu ordnen.')
  const pinia = createPinia()
  setActivePinia(pinia)
  const store = useHandbookStore()
  store.lang = 'de'
  const { phases, steps, values, entryCheck, descriptionTemplate } = de
  store.loaded.de = {
    phases,
    steps,
    values,
    entryCheck,
    descriptionTemplate,
    methodSummaries: [],
  } as unknown as Partial<HandbookParts>
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:any(.*)*', component: { template: '<p />' } }],
  })
  return { first, second, global: { plugins: [i18n, pinia, router] } }
}

describe('the project overview', () => {
  it('follows its projectId prop without being remounted', async () => {
    const { first, second, global } = await setup()
    const wrapper = mount(ProjectOverviewView, { props: { projectId: first.id }, global })
    await vi.waitFor(() => expect(wrapper.get('h1').text()).toBe('Baumkataster'))
    expect(wrapper.text()).toContain('Alle Straßenbäume erfassen.')

    await wrapper.setProps({ projectId: second.id })
    await vi.waitFor(() => expect(wrapper.get('h1').text()).toBe('Parkraum'))
    await flushPromises()
    expect(wrapper.text()).toContain('Parkplätze neu ordnen.')
    expect(wrapper.text()).not.toContain('Alle Straßenbäume erfassen.')
    wrapper.unmount()
  })
})

describe('the frame of every project page', () => {
  // Without a :key on it: the frame itself must follow the new id (the overview used to remount it).
  it('shows the second project after its projectId prop changed', async () => {
    const { first, second, global } = await setup()
    const wrapper = mount(ProjectFrame, {
      props: { projectId: first.id },
      slots: {
        default: '<template #default="{ project }"><p class="probe">{{ project.description }}</p></template>',
      },
      global,
    })
    await vi.waitFor(() => expect(wrapper.get('.probe').text()).toBe('Alle Straßenbäume erfassen.'))
    await wrapper.setProps({ projectId: second.id })
    await vi.waitFor(() => expect(wrapper.get('.probe').text()).toBe('Parkplätze neu ordnen.'))
    expect(wrapper.get('h1').text()).toBe('Parkraum')
    wrapper.unmount()
  })
})
