import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { repositories } from '../../../src/db'
import { useWorkshop } from '../../../src/features/workshops/composables/useWorkshop'

async function openPlanner(title: string) {
  const repos = repositories()
  const team = await repos.teams.create('Team')
  const workshop = await repos.workshops.create({ teamId: team.id, title })
  let planner!: ReturnType<typeof useWorkshop>
  const wrapper = mount(
    defineComponent(() => {
      planner = useWorkshop(workshop.id)
      return () => h('p', planner.draft.value?.title ?? '…')
    }),
  )
  await vi.waitFor(() => expect(planner.draft.value).not.toBeNull())
  const stored = async () => (await repos.workshops.get(workshop.id))?.goal
  return { planner, wrapper, stored }
}

describe('the workshop planner draft', () => {
  it('saves itself once editing pauses, with the last text typed', async () => {
    const { planner, wrapper, stored } = await openPlanner('Werkstatt')
    planner.draft.value!.goal = 'I'
    await Promise.resolve()
    planner.draft.value!.goal = 'Ideen sammeln'
    await vi.waitFor(() => expect(planner.saved.value).toBe(true))
    expect(await stored()).toBe('Ideen sammeln')
    wrapper.unmount()
  })

  it('keeps the last change when the planner is left before the pause is over', async () => {
    const { planner, wrapper, stored } = await openPlanner('Werkstatt 2')
    planner.draft.value!.goal = 'Schnell weg'
    await Promise.resolve()
    wrapper.unmount()
    await vi.waitFor(async () => expect(await stored()).toBe('Schnell weg'))
  })
})

describe('the workshop planner with the workshop open in two tabs', () => {
  it('shows what the other tab stored in a field not being edited, and merges agenda items of both', async () => {
    const { planner: tabA, wrapper: a } = await openPlanner('Werkstatt 3')
    const repos = repositories()
    const id = tabA.draft.value!.id
    let tabB!: ReturnType<typeof useWorkshop>
    const b = mount(
      defineComponent(() => {
        tabB = useWorkshop(id)
        return () => h('p')
      }),
    )
    await vi.waitFor(() => expect(tabB.draft.value).not.toBeNull())
    const item = (title: string) => ({
      id: title,
      kind: 'text' as const,
      title,
      minutes: 10,
      responsible: '',
      notes: '',
      optional: false,
    })

    tabA.draft.value!.goal = 'Ziel aus Tab A'
    tabA.draft.value!.items = [item('Punkt aus Tab A')]
    // Tab B adds an item before it has seen tab A's.
    tabB.draft.value!.items = [item('Punkt aus Tab B')]
    await tabA.save()
    await tabB.save()

    const stored = await repos.workshops.get(id)
    expect(stored?.items.map((i) => i.title)).toEqual(['Punkt aus Tab A', 'Punkt aus Tab B'])
    await vi.waitFor(() => expect(tabB.draft.value?.goal).toBe('Ziel aus Tab A'))
    await vi.waitFor(() => expect(tabA.draft.value?.items).toHaveLength(2))
    expect(tabB.conflicts).toEqual({})
    a.unmount()
    b.unmount()
  })

  it('keeps a goal typed over an older one and asks, instead of overwriting the other tab’s', async () => {
    const { planner, wrapper, stored } = await openPlanner('Werkstatt 4')
    const repos = repositories()
    planner.editing('goal')
    await repos.workshops.update(planner.draft.value!.id, { goal: 'Ziel aus Tab A' })
    planner.draft.value!.goal = 'Ziel aus Tab B'
    await planner.save()
    expect(await stored()).toBe('Ziel aus Tab A')
    expect(planner.draft.value?.goal).toBe('Ziel aus Tab B')
    expect(planner.conflicts.goal).toEqual({ theirs: 'Ziel aus Tab A' })

    planner.decide('goal', 'mine')
    await vi.waitFor(async () => expect(await stored()).toBe('Ziel aus Tab B'))
    expect(planner.conflicts).toEqual({})
    wrapper.unmount()
  })
})
