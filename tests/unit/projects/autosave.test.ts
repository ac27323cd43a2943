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

describe('autosave with the same step open in two tabs', () => {
  async function twoTabs() {
    const repos = repositories()
    const team = await repos.teams.create('Team')
    const project = await repos.projects.create(team.id, 'Projekt')
    await repos.answers.set(project.id, 'titel', 'Entwurf')
    const open = () => {
      let autosave!: ReturnType<typeof useAutosave>
      const wrapper = mount(
        defineComponent(() => {
          autosave = useAutosave(project.id, { questionIds: ['titel', 'ziel', 'liste'] })
          return () => h('p')
        }),
      )
      return {
        wrapper,
        get autosave() {
          return autosave
        },
      }
    }
    const a = open()
    const b = open()
    await vi.waitFor(() => expect(a.autosave.loaded.value && b.autosave.loaded.value).toBe(true))
    return {
      repos,
      projectId: project.id,
      a: a.autosave,
      b: b.autosave,
      close: () => [a, b].forEach((t) => t.wrapper.unmount()),
    }
  }

  it('shows what the other tab saved, in a focused text too, but in a focused list only once it is left', async () => {
    const { a, b, close } = await twoTabs()
    a.update('titel', 'Titel aus Tab A')
    await a.flush()
    await vi.waitFor(() => expect(b.answers.titel).toBe('Titel aus Tab A'))

    // A focused text follows (its caret is kept by v-keep-caret), so two people see each other type.
    b.editing('titel', true)
    a.update('titel', 'Titel aus Tab A, zweite Fassung')
    await a.flush()
    await vi.waitFor(() => expect(b.answers.titel).toBe('Titel aus Tab A, zweite Fassung'))
    b.editing('titel', false)

    b.editing('liste', true)
    a.update('liste', ['Erster Punkt'])
    a.update('ziel', 'Ziel aus Tab A')
    await a.flush()
    // The other field, written after the list, shows that tab B has seen the new list too.
    await vi.waitFor(() => expect(b.answers.ziel).toBe('Ziel aus Tab A'))
    expect(b.answers.liste).toBeUndefined()
    // Once focus leaves, the list shows the stored items.
    b.editing('liste', false)
    expect(b.answers.liste).toEqual(['Erster Punkt'])
    close()
  })

  it('keeps an unsaved edit typed over an older text, tells of the conflict and lets the user decide', async () => {
    const { repos, projectId, a, b, close } = await twoTabs()
    b.update('titel', 'Titel aus Tab B')
    // Tab A saves before tab B's pause in typing is over.
    a.update('titel', 'Titel aus Tab A')
    await a.flush()
    await b.flush()

    expect(await repos.answers.mapByProject(projectId)).toEqual({ titel: 'Titel aus Tab A' })
    expect(b.answers.titel).toBe('Titel aus Tab B')
    expect(b.conflicts.titel).toEqual({ theirs: 'Titel aus Tab A' })
    expect(b.state.value).toBe('conflict')
    expect(a.answers.titel).toBe('Titel aus Tab A')

    b.decide('titel', 'mine')
    await b.flush()
    expect(await repos.answers.mapByProject(projectId)).toEqual({ titel: 'Titel aus Tab B' })
    expect(b.conflicts).toEqual({})
    expect(b.state.value).toBe('saved')
    await vi.waitFor(() => expect(a.answers.titel).toBe('Titel aus Tab B'))
    close()
  })

  it('takes the other version when the user chooses it, and stores nothing of its own', async () => {
    const { repos, projectId, a, b, close } = await twoTabs()
    b.update('titel', 'Titel aus Tab B')
    a.update('titel', 'Titel aus Tab A')
    await a.flush()
    await b.flush()
    b.decide('titel', 'theirs')
    expect(b.answers.titel).toBe('Titel aus Tab A')
    expect(b.conflicts).toEqual({})
    await b.flush()
    expect(await repos.answers.mapByProject(projectId)).toEqual({ titel: 'Titel aus Tab A' })
    close()
  })
})
