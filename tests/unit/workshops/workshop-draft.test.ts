import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { repositories } from '../../../src/db'
import { useWorkshop } from '../../../src/features/workshops/composables/useWorkshop'

async function openPlanner(title: string) {
  const repos = repositories()
  const workshop = await repos.workshops.create({ teamId: 'team', title })
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
