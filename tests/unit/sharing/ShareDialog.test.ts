import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '../../../src/app/i18n'
import ShareDialog from '../../../src/features/sharing/components/ShareDialog.vue'

// A stand-in for the sync client, only for these tests: the dialog's part is what the user sees.
const sync = vi.hoisted(() => ({
  shareTeam: vi.fn<(teamId: string, server: string) => Promise<string>>(),
  deviceName: vi.fn(async () => 'Anna'),
  setDeviceName: vi.fn(async (_name: string) => {}),
}))
vi.mock('@/sync', () => sync)

const LINK = 'http://127.0.0.1/beitreten#v=1&s=wss%3A%2F%2Fsync.example.berlin.de&t=t1&k=secret&n=Team'
const team = { id: 't1', name: 'Team Stadtgrün' }
const writeText = vi.fn(async (_text: string) => {})

beforeEach(() => {
  i18n.global.locale.value = 'de'
  sync.shareTeam.mockReset()
  sync.setDeviceName.mockClear()
  writeText.mockClear()
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
})
afterEach(() => {
  document.body.innerHTML = ''
})

async function open(props: { link?: string | null } = {}) {
  const wrapper = mount(ShareDialog, {
    props: { open: true, team, ...props },
    global: { plugins: [i18n] },
    attachTo: document.body,
  })
  await flushPromises()
  return wrapper
}
const field = (wrapper: Awaited<ReturnType<typeof open>>, label: string) => {
  const found = wrapper.findAll('label').find((l) => l.text() === label)
  if (!found) throw new Error(`No field "${label}"`)
  return wrapper.get(`#${CSS.escape(found.attributes('for') ?? '')}`)
}
const button = (wrapper: Awaited<ReturnType<typeof open>>, name: string) => {
  const found = wrapper.findAll('button').find((b) => b.text() === name)
  if (!found) throw new Error(`No button "${name}"`)
  return found
}

describe('the dialog that shares a team', () => {
  it('asks for the server and the name, says who can read the data, and shows the invitation', async () => {
    sync.shareTeam.mockResolvedValue(LINK)
    const wrapper = await open()
    expect(wrapper.get('h2').text()).toBe('Team „Team Stadtgrün“ teilen')
    expect(wrapper.text()).toContain('Den Sync-Server betreibt Ihre Verwaltung')
    expect(wrapper.text()).toContain(
      'Wer den Sync-Server betreibt, kann alles in den Dokumenten dieses Teams lesen: Projektnamen, Antworten, Logbuch, Workshops und die Namen der Mitglieder.',
    )
    // The name this device showed before is filled in.
    expect((field(wrapper, 'Ihr Name für die anderen').element as HTMLInputElement).value).toBe('Anna')

    await field(wrapper, 'Adresse des Sync-Servers').setValue('wss://sync.example.berlin.de')
    await button(wrapper, 'Team teilen').trigger('click')
    await flushPromises()

    expect(sync.setDeviceName).toHaveBeenCalledWith('Anna')
    expect(sync.shareTeam).toHaveBeenCalledWith('t1', 'wss://sync.example.berlin.de')
    expect(wrapper.emitted('shared')).toEqual([[LINK]])
    expect(wrapper.get('h2').text()).toBe('Einladung zum Team „Team Stadtgrün“')
    const link = field(wrapper, 'Einladungslink')
    expect((link.element as HTMLInputElement).value).toBe(LINK)
    expect(link.attributes('readonly')).toBeDefined()
    // The keyboard is on the link, since the share button is gone.
    expect(document.activeElement).toBe(link.element)
    const qr = wrapper.get('img')
    expect(qr.attributes('alt')).toBe('QR-Code mit dem Einladungslink')
    expect(qr.attributes('src')).toMatch(/^data:image\/svg\+xml/)
    expect(wrapper.text()).toContain('Wer diesen Link hat, kann alles im Team lesen und ändern.')
    expect(wrapper.text()).toContain('kann alles in den Dokumenten dieses Teams lesen')

    await button(wrapper, 'Link kopieren').trigger('click')
    await flushPromises()
    expect(writeText).toHaveBeenCalledWith(LINK)
    expect(wrapper.get('[role="status"]').text()).toBe('Der Link ist kopiert.')

    await button(wrapper, 'Schließen').trigger('click')
    expect(wrapper.emitted('close')).toHaveLength(1)
    wrapper.unmount()
  })

  it('refuses an address that is not ws:// or wss:// and a missing name, before sharing anything', async () => {
    sync.deviceName.mockResolvedValueOnce('')
    const wrapper = await open()
    const server = field(wrapper, 'Adresse des Sync-Servers')
    await server.setValue('https://sync.example.berlin.de')
    await button(wrapper, 'Team teilen').trigger('click')
    await flushPromises()

    expect(sync.shareTeam).not.toHaveBeenCalled()
    expect(wrapper.text()).toContain('Bitte geben Sie eine Adresse ein, die mit ws:// oder wss:// beginnt.')
    expect(wrapper.text()).toContain('Bitte geben Sie einen Namen ein.')
    expect(server.attributes('aria-invalid')).toBe('true')
    expect(document.activeElement).toBe(server.element)
    wrapper.unmount()
  })

  it('says so when the server cannot be reached, and keeps the form', async () => {
    sync.shareTeam.mockRejectedValue(new Error('connection refused'))
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const wrapper = await open()
    await field(wrapper, 'Adresse des Sync-Servers').setValue('ws://127.0.0.1:4444')
    await button(wrapper, 'Team teilen').trigger('click')
    await flushPromises()

    expect(wrapper.get('[role="alert"]').text()).toBe(
      'Das Team ließ sich nicht teilen. Prüfen Sie die Adresse und die Verbindung und versuchen Sie es noch einmal.',
    )
    expect((field(wrapper, 'Adresse des Sync-Servers').element as HTMLInputElement).value).toBe(
      'ws://127.0.0.1:4444',
    )
    wrapper.unmount()
  })

  it('shows an invitation again without sharing anew, in English too', async () => {
    i18n.global.locale.value = 'en'
    const wrapper = await open({ link: LINK })
    expect(wrapper.get('h2').text()).toBe('Invitation to the team “Team Stadtgrün”')
    expect((field(wrapper, 'Invitation link').element as HTMLInputElement).value).toBe(LINK)
    expect(wrapper.text()).toContain(
      "Whoever runs the sync server can read everything in this team's documents",
    )
    expect(sync.shareTeam).not.toHaveBeenCalled()
    wrapper.unmount()
  })
})
