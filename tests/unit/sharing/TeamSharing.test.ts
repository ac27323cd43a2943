import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '../../../src/app/i18n'
import TeamSharing from '../../../src/features/sharing/components/TeamSharing.vue'

// A stand-in for the sync client, only for these tests.
const sync = vi.hoisted(() => ({
  setting: null as null | { server: string; secret: string; sharedAt: string },
  createInvitation: vi.fn(
    (i: { server: string; teamId: string }) => `http://127.0.0.1/beitreten#s=${i.server}&t=${i.teamId}`,
  ),
  stopSharing: vi.fn(async (_teamId: string) => {}),
  shareTeam: vi.fn(async () => 'http://127.0.0.1/beitreten#new'),
  deviceName: vi.fn(async () => 'Anna'),
  setDeviceName: vi.fn(async () => {}),
}))
vi.mock('@/sync', () => sync)
vi.mock('@/sync/settings', () => ({ teamSyncSetting: async () => sync.setting }))

const team = { id: 't1', name: 'Team Stadtgrün' }

beforeEach(() => {
  i18n.global.locale.value = 'de'
  sync.setting = null
  sync.stopSharing.mockClear()
})
afterEach(() => {
  document.body.innerHTML = ''
})

async function show() {
  const wrapper = mount(TeamSharing, {
    props: { team },
    global: { plugins: [i18n] },
    attachTo: document.body,
  })
  await flushPromises()
  return wrapper
}
const button = (wrapper: Awaited<ReturnType<typeof show>>, name: string) => {
  const found = wrapper.findAll('button').find((b) => b.text() === name)
  if (!found) throw new Error(`No button "${name}"`)
  return found
}

describe('sharing on the team screen', () => {
  it('offers to share a team that is only on this device', async () => {
    const wrapper = await show()
    expect(wrapper.get('h3').text()).toBe('Team teilen')
    expect(wrapper.text()).toContain('Dieses Team liegt nur auf diesem Gerät.')
    await button(wrapper, 'Team teilen').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('dialog h2').text()).toBe('Team „Team Stadtgrün“ teilen'))
    expect(wrapper.text()).toContain('Adresse des Sync-Servers')
  })

  it('for a shared team: names the server, shows the invitation again, and stops sharing only when confirmed', async () => {
    sync.setting = {
      server: 'wss://sync.example.berlin.de',
      secret: 's'.repeat(43),
      sharedAt: '2026-11-30T10:00:00Z',
    }
    const wrapper = await show()
    expect(wrapper.text()).toContain('Geteilt über wss://sync.example.berlin.de')
    expect(wrapper.text()).toContain('kann alles in den Dokumenten dieses Teams lesen')

    await button(wrapper, 'Einladung erneut anzeigen').trigger('click')
    await vi.waitFor(() =>
      expect(wrapper.find('dialog h2').text()).toBe('Einladung zum Team „Team Stadtgrün“'),
    )
    expect(sync.createInvitation).toHaveBeenCalledWith({
      server: 'wss://sync.example.berlin.de',
      teamId: 't1',
      teamName: 'Team Stadtgrün',
      secret: 's'.repeat(43),
    })
    expect((wrapper.get('dialog input').element as HTMLInputElement).value).toBe(
      'http://127.0.0.1/beitreten#s=wss://sync.example.berlin.de&t=t1',
    )
    await button(wrapper, 'Schließen').trigger('click')

    await button(wrapper, 'Teilen beenden').trigger('click')
    await flushPromises()
    const confirm = wrapper
      .findAll('dialog')
      .find((d) => d.text().includes('Teilen von „Team Stadtgrün“ beenden?'))
    expect(confirm?.text()).toContain('Alle Daten bleiben auf diesem Gerät')
    expect(sync.stopSharing).not.toHaveBeenCalled()
    sync.setting = null
    await confirm?.get('form').trigger('submit')
    await flushPromises()
    expect(sync.stopSharing).toHaveBeenCalledWith('t1')
    expect(wrapper.emitted('status')?.at(-1)).toEqual([
      'Das Team „Team Stadtgrün“ wird nicht mehr geteilt. Die Daten bleiben auf diesem Gerät.',
    ])
    expect(wrapper.text()).toContain('Dieses Team liegt nur auf diesem Gerät.')
  })
})
