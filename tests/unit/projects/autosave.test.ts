import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { repositories } from '../../../src/db'
import { useAutosave } from '../../../src/features/projects/composables/useAutosave'

describe('autosave', () => {
  it('loads only the answers of the questions the page shows, and still saves any of them', async () => {
    const repos = repositories()
    const team = await repos.teams.create('Team')
    const project = await repos.projects.create(team.id, 'Projekt')
    await repos.answers.set(project.id, 'schritt-a', 'Antwort A')
    await repos.answers.set(project.id, 'schritt-b', 'Antwort B')

    let autosave!: ReturnType<typeof useAutosave>
    const wrapper = mount(
      defineComponent(() => {
        autosave = useAutosave(project.id, { questionIds: ['schritt-a', 'checklist:schritt'] })
        return () => h('p', autosave.loaded.value ? JSON.stringify(autosave.answers) : '…')
      }),
    )
    await vi.waitFor(() => expect(autosave.loaded.value).toBe(true))
    expect(wrapper.text()).toBe('{"schritt-a":"Antwort A"}')

    autosave.update('checklist:schritt', ['0'])
    await autosave.flush()
    expect(await repos.answers.mapByProject(project.id)).toEqual({
      'schritt-a': 'Antwort A',
      'schritt-b': 'Antwort B',
      'checklist:schritt': ['0'],
    })
    wrapper.unmount()
  })
})
