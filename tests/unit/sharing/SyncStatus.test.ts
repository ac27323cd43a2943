import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { shallowRef } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n } from '../../../src/app/i18n'
import { useHandbookStore } from '../../../src/content/store'
import SyncStatus from '../../../src/features/sharing/components/SyncStatus.vue'

// A stand-in for the sync client, only for these tests: its state is set by hand.
const sync = vi.hoisted(() => ({
  state: null as unknown as import('vue').ShallowRef<string>,
  waiting: null as unknown as import('vue').ShallowRef<number>,
  peers: null as unknown as import('vue').ShallowRef<{ name: string; projectId?: string; stepId?: string }[]>,
  teamIds: [] as unknown[],
  setPresence: vi.fn(),
}))
vi.mock('@/sync', () => ({
  useTeamSync: (teamId: unknown) => {
    sync.teamIds.push(teamId)
    return { state: sync.state, waiting: sync.waiting, peers: sync.peers }
  },
  setPresence: sync.setPresence,
}))
vi.mock('@/composables/useCurrentTeam', () => ({
  useCurrentTeam: () => ({ team: shallowRef({ id: 't1', name: 'Team Stadtgrün' }) }),
}))

beforeEach(() => {
  i18n.global.locale.value = 'de'
  sync.state = shallowRef('local')
  sync.waiting = shallowRef(0)
  sync.peers = shallowRef([])
  sync.setPresence.mockClear()
})
afterEach(() => {
  document.body.innerHTML = ''
})

async function show(path: string) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: { template: '<p />' } },
      { path: '/projekte/:projectId/schritte/:stepId', component: { template: '<p />' } },
    ],
  })
  await router.push(path)
  const wrapper = mount(SyncStatus, { global: { plugins: [i18n, router, pinia] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, router }
}

describe('the sync state in the header', () => {
  it('says nothing for a team only on this device, and each state of a shared team in words', async () => {
    const { wrapper } = await show('/')
    const status = wrapper.get('[role="status"]')
    expect(status.attributes('aria-live')).toBe('polite')
    expect(status.text()).toBe('')
    expect(wrapper.text()).not.toContain('Nur auf diesem Gerät')
    expect((sync.teamIds[0] as { value: unknown }).value).toBe('t1')

    const says = async (state: string, waiting = 0) => {
      sync.state.value = state
      sync.waiting.value = waiting
      await flushPromises()
      return status.text()
    }
    expect(await says('connecting')).toBe('Verbinde …')
    expect(await says('synced')).toBe('Synchronisiert')
    expect(await says('offline', 3)).toBe('Offline – 3 Änderungen warten')
    expect(await says('offline', 1)).toBe('Offline – eine Änderung wartet')
    expect(await says('offline', 0)).toBe('Offline')
    expect(await says('refused')).toBe('Zugang abgelehnt')
    // The same region stays, so a screen reader announces each change politely.
    expect(wrapper.get('[role="status"]').element).toBe(status.element)

    i18n.global.locale.value = 'en'
    expect(await says('offline', 2)).toBe('Offline – 2 changes waiting')
    expect(await says('synced')).toBe('Synchronised')
  })

  it('tells the others the project and step open here, and shows who else is in this project', async () => {
    sync.state.value = 'synced'
    sync.peers.value = [
      { name: 'Ben', projectId: 'p1', stepId: 'ziele-klaeren' },
      { name: 'Cem', projectId: 'p1' },
      { name: 'Dana', projectId: 'p2', stepId: 'ziele-klaeren' },
      { name: 'Eli' },
    ]
    const { wrapper, router } = await show('/')
    // The steps as a project page loads them, before the header shows their titles.
    const store = useHandbookStore()
    store.loaded[store.lang] = { steps: [{ id: 'ziele-klaeren', title: 'Ziele klären' }] as never }
    expect(sync.setPresence).toHaveBeenLastCalledWith({ projectId: undefined, stepId: undefined })
    expect(wrapper.text()).not.toContain('Auch im Projekt')

    await router.push('/projekte/p1/schritte/akteure')
    await flushPromises()
    expect(sync.setPresence).toHaveBeenLastCalledWith({ projectId: 'p1', stepId: 'akteure' })
    expect(wrapper.text()).toContain('Auch im Projekt: Ben (Ziele klären), Cem')
    expect(wrapper.text()).not.toContain('Dana')

    await router.push('/')
    await flushPromises()
    expect(sync.setPresence).toHaveBeenLastCalledWith({ projectId: undefined, stepId: undefined })
    expect(wrapper.text()).not.toContain('Ben')
  })
})
