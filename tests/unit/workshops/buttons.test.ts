import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n } from '../../../src/app/i18n'
import type { HandbookParts } from '../../../src/content/parts'
import { useHandbookStore } from '../../../src/content/store'
import { repositories } from '../../../src/db'
import AddToWorkshopButton from '../../../src/features/workshops/components/AddToWorkshopButton.vue'
import PlanWorkshopButton from '../../../src/features/workshops/components/PlanWorkshopButton.vue'

// The templates of a made-up handbook, so the test does not depend on the real content's wording.
vi.mock('virtual:handbook/agendas', () => ({
  default: {
    de: async () => ({
      default: [
        {
          id: 'auftakt',
          title: 'Auftakt',
          purpose: 'Gemeinsam starten.',
          format: 'kick-off',
          minutes: 45,
          items: [
            { title: 'Ankommen', minutes: 5, kind: 'welcome' },
            { title: 'Runde', minutes: 40, method: 'world-cafe', note: 'Drei Tische' },
          ],
        },
      ],
    }),
  },
}))

const method = (id: string, title: string, min: number, max: number, steps: number[]) => ({
  id,
  title,
  duration: { min, max },
  steps: steps.map((minutes, i) => ({ title: `Schritt ${i}`, minutes })),
  materials: [],
})

function setup(
  component: typeof AddToWorkshopButton | typeof PlanWorkshopButton,
  props: Record<string, unknown>,
) {
  i18n.global.locale.value = 'de'
  const pinia = createPinia()
  setActivePinia(pinia)
  const store = useHandbookStore()
  store.lang = 'de'
  store.loaded.de = {
    methods: [
      method('check-in', 'Check-in', 5, 15, [1, 8, 1]),
      method('world-cafe', 'World Café', 75, 150, [100]),
    ],
  } as unknown as Partial<HandbookParts>
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:any(.*)*', component: { template: '<p />' } }],
  })
  // The two components have different props; the tests pass the right ones.
  const wrapper = mount(component as typeof PlanWorkshopButton, {
    props: props as never,
    global: { plugins: [i18n, pinia, router] },
    attachTo: document.body,
  })
  return { wrapper, router }
}

/** vi.waitFor, with room for a busy machine: its 1 s default is too short when every core is taken. */
const eventually = <T>(check: () => T | Promise<T>) => vi.waitFor(check, { timeout: 10_000 })
const settle = () => eventually(flushPromises).then(() => new Promise((r) => setTimeout(r, 30)))

describe('AddToWorkshopButton', () => {
  it('says that workshops belong to a team when there is none', async () => {
    const { wrapper } = setup(AddToWorkshopButton, { methodId: 'check-in' })
    await settle()
    await wrapper.get('button').trigger('click')
    await settle()
    expect(wrapper.text()).toContain('Workshops gehören zu einem Team')
    expect(wrapper.find('a[href="/projekte"]').exists()).toBe(true)
    wrapper.unmount()
  })

  it('adds the method to an existing workshop of the current team, or to a new one', async () => {
    const team = await repositories().teams.create('Team Stadtgrün')
    const existing = await repositories().workshops.create({ teamId: team.id, title: 'Kick-off' })
    const { wrapper } = setup(AddToWorkshopButton, { methodId: 'check-in' })
    await settle()
    await wrapper.get('button').trigger('click')
    // Waits for what the user waits for, not a fixed time: on a busy machine the lookups take longer.
    await eventually(() => expect(wrapper.findAll('input[type="radio"]')).toHaveLength(2))

    const radios = wrapper.findAll('input[type="radio"]')
    expect(radios.map((r) => r.element.parentElement?.textContent?.trim())).toEqual([
      'Kick-off',
      'Neuer Workshop',
    ])
    await eventually(() => expect((radios[0].element as HTMLInputElement).checked).toBe(true))
    await wrapper.get('form').trigger('submit')
    await eventually(() =>
      expect(wrapper.find('[role="status"]').text()).toContain('„Check-in“ wurde zu „Kick-off“ hinzugefügt.'),
    )
    const updated = await repositories().workshops.get(existing.id)
    expect(updated?.items.map((i) => [i.methodId, i.minutes])).toEqual([['check-in', 10]])

    // Again, into a new workshop with the suggested title.
    await wrapper.get('button').trigger('click')
    await eventually(() => expect(wrapper.find('input[value="new"]').exists()).toBe(true))
    await wrapper.get('input[value="new"]').setValue(true)
    // The suggested title follows the card's lookup, which may still be on its way.
    await eventually(() =>
      expect((wrapper.get('input[type="text"]').element as HTMLInputElement).value).toBe(
        'Workshop mit Check-in',
      ),
    )
    await wrapper.get('form').trigger('submit')
    await eventually(async () => {
      const all = await repositories().workshops.listByTeam(team.id)
      const created = all.find((w) => w.title === 'Workshop mit Check-in')
      expect(created?.items.map((i) => i.methodId)).toEqual(['check-in'])
    })
    wrapper.unmount()
  })

  // The bug that asked for one data path: after deleting the current team, the header showed the
  // next team, but this button still looked for the deleted team's workshops, because it read the
  // current team a second time from its own settings key.
  it("offers the remaining team's workshops after the current team was deleted", async () => {
    const repos = repositories()
    const teamA = await repos.teams.create('Team A')
    const teamB = await repos.teams.create('Team B')
    await repos.workshops.create({ teamId: teamB.id, title: 'Werkstatt von B' })
    await repos.settings.set('currentTeamId', teamA.id)
    const { wrapper } = setup(AddToWorkshopButton, { methodId: 'check-in' })
    await settle()

    await repos.transfer.removeTeam(teamA.id)
    await settle()
    await wrapper.get('button').trigger('click')
    await settle()

    const radios = wrapper.findAll('input[type="radio"]')
    expect(radios.map((r) => r.element.parentElement?.textContent?.trim())).toEqual([
      'Werkstatt von B',
      'Neuer Workshop',
    ])
    wrapper.unmount()
  })
})

describe('PlanWorkshopButton', () => {
  it('creates a workshop of the project with the step’s methods in a frame and opens it', async () => {
    const team = await repositories().teams.create('Team Plan')
    const project = await repositories().projects.create(team.id, 'Schattenplätze')
    const { wrapper, router } = setup(PlanWorkshopButton, {
      projectId: project.id,
      stepTitle: 'Kick-off vorbereiten',
      methodIds: ['world-cafe', 'gibt-es-nicht', 'check-in'],
    })
    await wrapper.get('button').trigger('click')
    await settle()

    const [workshop] = (await repositories().workshops.listByTeam(team.id)).filter(
      (w) => w.projectId === project.id,
    )
    expect(workshop).toMatchObject({ teamId: team.id, title: 'Workshop: Kick-off vorbereiten' })
    // Welcome, check-in and close around the methods; past 90 minutes a break between them.
    expect(workshop.items.map((i) => [i.kind, i.title, i.minutes])).toEqual([
      ['welcome', 'Begrüßung und Ziel', 10],
      ['check-in', 'Check-in', 10],
      ['method', 'World Café', 100],
      ['break', 'Pause', 15],
      ['method', 'Check-in', 10],
      ['text', 'Abschluss und nächste Schritte', 10],
    ])
    expect(router.currentRoute.value.path).toBe(`/workshops/${workshop.id}`)
    wrapper.unmount()
  })

  it('uses the agenda template of the step’s format when there is one', async () => {
    const team = await repositories().teams.create('Team Vorlage')
    const project = await repositories().projects.create(team.id, 'Schattenplätze')
    const { wrapper } = setup(PlanWorkshopButton, {
      projectId: project.id,
      stepTitle: 'Kick-off vorbereiten',
      methodIds: ['world-cafe', 'check-in'],
      format: 'kick-off',
    })
    await wrapper.get('button').trigger('click')
    await settle()

    const [workshop] = await repositories().workshops.listByTeam(team.id)
    expect(workshop.goal).toBe('Gemeinsam starten.')
    expect(workshop.items.map((i) => [i.kind, i.title, i.minutes, i.methodId, i.notes])).toEqual([
      ['welcome', 'Ankommen', 5, undefined, ''],
      ['method', 'Runde', 40, 'world-cafe', 'Drei Tische'],
    ])
    wrapper.unmount()
  })

  it('tells when the project does not exist', async () => {
    const { wrapper } = setup(PlanWorkshopButton, { projectId: 'nope', stepTitle: 'X', methodIds: [] })
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    await wrapper.get('button').trigger('click')
    await settle()
    expect(wrapper.get('[role="alert"]').text()).toBe('Der Workshop konnte nicht angelegt werden.')
    wrapper.unmount()
  })
})
