import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { repositories } from '../../../src/db'
import { SAVE_DELAY_MS, useAutosave } from '../../../src/features/projects/composables/useAutosave'

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

describe('autosave timing', () => {
  it('writes once typing pauses, not on every keystroke, and at once when the page is hidden', async () => {
    const repos = repositories()
    const team = await repos.teams.create('Team')
    const project = await repos.projects.create(team.id, 'Projekt')
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      let autosave!: ReturnType<typeof useAutosave>
      const wrapper = mount(
        defineComponent(() => {
          autosave = useAutosave(project.id)
          return () => h('p')
        }),
      )
      await vi.waitFor(() => expect(autosave.loaded.value).toBe(true))
      const stored = () => repos.answers.mapByProject(project.id)

      autosave.update('ziel', 'W')
      await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 50)
      autosave.update('ziel', 'Wir')
      await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 50)
      // Still typing: the pause since the last keystroke is shorter than the delay.
      expect(await stored()).toEqual({})
      expect(autosave.state.value).toBe('saving')
      await vi.advanceTimersByTimeAsync(60)
      await vi.waitFor(() => expect(autosave.state.value).toBe('saved'))
      expect(await stored()).toEqual({ ziel: 'Wir' })

      autosave.update('ziel', 'Wir wollen')
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true })
      document.dispatchEvent(new Event('visibilitychange'))
      // No timer moves from here on (vi.waitFor would advance the fake ones): only hiding saves.
      for (let i = 0; i < 50 && (await stored()).ziel !== 'Wir wollen'; i++)
        await new Promise((resolve) => setImmediate(resolve))
      expect(await stored()).toEqual({ ziel: 'Wir wollen' })
      wrapper.unmount()
    } finally {
      Reflect.deleteProperty(document, 'visibilityState')
      vi.useRealTimers()
    }
  })
})
