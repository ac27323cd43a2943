import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n } from '../../../src/app/i18n'
import JoinView from '../../../src/features/sharing/pages/JoinView.vue'

const SECRET = 'k'.repeat(43)
const INVITATION = {
  server: 'wss://sync.example.berlin.de',
  teamId: 'team-1',
  teamName: 'Team Stadtgrün',
  secret: SECRET,
}

// A stand-in for the sync client, only for these tests: a parser that knows one good invitation
// and says why anything else is not one, as the real one does with its error codes.
const sync = vi.hoisted(() => ({
  parseInvitation: vi.fn(),
  isInvitationError: (value: object) => 'error' in value,
  joinTeam: vi.fn(async (_invitation: unknown) => {}),
  deviceName: vi.fn(async () => 'Anna'),
  setDeviceName: vi.fn(async (_name: string) => {}),
}))
vi.mock('@/sync', () => sync)
const select = vi.hoisted(() => vi.fn(async (_teamId: string) => {}))
vi.mock('@/composables/useCurrentTeam', () => ({ useCurrentTeam: () => ({ select }) }))

function parse(text: string) {
  if (!text.trim()) return { error: 'empty' }
  if (!text.includes('#') && !text.includes('=')) return { error: 'missing-server' }
  if (text.includes('k=kurz')) return { error: 'bad-secret' }
  if (text.includes('s=https')) return { error: 'bad-server' }
  if (text.includes('t=team-1')) return { ...INVITATION }
  return { error: 'missing-team' }
}
const GOOD = `v=1&s=wss%3A%2F%2Fsync.example.berlin.de&t=team-1&k=${SECRET}&n=Team+Stadtgr%C3%BCn`

beforeEach(() => {
  i18n.global.locale.value = 'de'
  sync.parseInvitation.mockReset().mockImplementation(parse)
  sync.joinTeam.mockReset().mockResolvedValue(undefined)
  sync.setDeviceName.mockClear()
  select.mockClear()
})
afterEach(() => {
  document.body.innerHTML = ''
})

async function visit(path: string) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/beitreten', name: 'join', component: JoinView },
      { path: '/projekte', name: 'projects', component: { template: '<h1>Projekte</h1>' } },
    ],
  })
  await router.push(path)
  const wrapper = mount(
    { template: '<RouterView />' },
    { global: { plugins: [i18n, router] }, attachTo: document.body },
  )
  await flushPromises()
  return { wrapper, router }
}
const field = (wrapper: Awaited<ReturnType<typeof visit>>['wrapper'], label: string) => {
  const found = wrapper.findAll('label').find((l) => l.text() === label)
  if (!found) throw new Error(`No field "${label}"`)
  return wrapper.get(`#${CSS.escape(found.attributes('for') ?? '')}`)
}
const button = (wrapper: Awaited<ReturnType<typeof visit>>['wrapper'], name: string) => {
  const found = wrapper.findAll('button').find((b) => b.text() === name)
  if (!found) throw new Error(`No button "${name}"`)
  return found
}

describe('joining a team', () => {
  it('from an invitation link: shows the team and the server, asks for the name, joins and opens the projects', async () => {
    const { wrapper, router } = await visit(`/beitreten#${GOOD}`)
    // The whole link goes to the parser, fragment included.
    expect(sync.parseInvitation).toHaveBeenCalledWith(expect.stringMatching(/\/beitreten#v=1&s=/))
    expect(wrapper.get('h1').text()).toBe('Einem Team beitreten')
    expect(wrapper.get('h2').text()).toBe('Team Stadtgrün')
    const facts = wrapper.findAll('dt').map((dt, i) => `${dt.text()}: ${wrapper.findAll('dd')[i]?.text()}`)
    expect(facts).toEqual(['Team: Team Stadtgrün', 'Sync-Server: wss://sync.example.berlin.de'])
    expect(wrapper.text()).toContain(
      'Wer den Sync-Server betreibt, kann alles in den Dokumenten dieses Teams lesen',
    )
    const name = field(wrapper, 'Ihr Name für die anderen')
    expect((name.element as HTMLInputElement).value).toBe('Anna')

    await name.setValue('Anna K.')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(sync.setDeviceName).toHaveBeenCalledWith('Anna K.')
    expect(sync.joinTeam).toHaveBeenCalledWith(INVITATION)
    expect(select).toHaveBeenCalledWith('team-1')
    expect(router.currentRoute.value.path).toBe('/projekte')
  })

  it('asks for a name before joining', async () => {
    sync.deviceName.mockResolvedValueOnce('')
    const { wrapper } = await visit(`/beitreten#${GOOD}`)
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(sync.joinTeam).not.toHaveBeenCalled()
    const name = field(wrapper, 'Ihr Name für die anderen')
    expect(name.attributes('aria-invalid')).toBe('true')
    expect(wrapper.text()).toContain('Bitte geben Sie einen Namen ein.')
    expect(document.activeElement).toBe(name.element)
  })

  it('says so when joining fails, and stays on the page', async () => {
    sync.joinTeam.mockRejectedValue(new Error('refused'))
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const { wrapper, router } = await visit(`/beitreten#${GOOD}`)
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('[role="alert"]').text()).toBe(
      'Der Beitritt hat nicht geklappt. Prüfen Sie die Verbindung zum Server und versuchen Sie es noch einmal.',
    )
    expect(router.currentRoute.value.path).toBe('/beitreten')
  })

  it('names what is wrong with a broken invitation and offers to paste another', async () => {
    const { wrapper } = await visit(`/beitreten#v=1&s=wss%3A%2F%2Fx&t=team-1&k=kurz`)
    expect(wrapper.get('h2').text()).toBe('Die Einladung lässt sich nicht lesen')
    const alert = wrapper.get('[role="alert"]')
    expect(alert.text()).toBe(
      'Der Schlüssel in der Einladung fehlt oder ist zu kurz. Bitten Sie um einen neuen Link.',
    )
    const paste = field(wrapper, 'Einladungslink')
    expect(paste.attributes('aria-invalid')).toBe('true')
    expect(paste.attributes('aria-describedby')).toContain(alert.attributes('id'))
    expect(wrapper.findAll('button').map((b) => b.text())).not.toContain('Beitreten')
  })

  it('without an invitation in the link: an empty state and a field to paste the link into', async () => {
    const { wrapper } = await visit('/beitreten')
    expect(sync.parseInvitation).not.toHaveBeenCalled()
    expect(wrapper.get('h2').text()).toBe('Keine Einladung im Link')
    expect(wrapper.text()).toContain(
      'Öffnen Sie den Einladungslink, den Sie bekommen haben, oder fügen Sie ihn hier ein.',
    )
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)

    const paste = field(wrapper, 'Einladungslink')
    await button(wrapper, 'Einladung prüfen').trigger('submit')
    expect(wrapper.get('[role="alert"]').text()).toBe('Bitte fügen Sie einen Einladungslink ein.')

    await paste.setValue('Hallo, hier ist der Link')
    await button(wrapper, 'Einladung prüfen').trigger('submit')
    expect(wrapper.get('[role="alert"]').text()).toBe('Das ist kein Einladungslink dieses Werkzeugs.')
    expect(document.activeElement).toBe(paste.element)

    await paste.setValue(`  http://127.0.0.1:4173/beitreten#${GOOD}\n`)
    await button(wrapper, 'Einladung prüfen').trigger('submit')
    await flushPromises()
    expect(wrapper.get('h2').text()).toBe('Team Stadtgrün')
    // The keyboard lands on what the invitation says.
    expect(document.activeElement).toBe(wrapper.get('h2').element)
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
  })

  it('speaks English', async () => {
    i18n.global.locale.value = 'en'
    const { wrapper } = await visit(`/beitreten#v=1&s=https%3A%2F%2Fx&t=team-1&k=${SECRET}`)
    expect(wrapper.get('h1').text()).toBe('Join a team')
    expect(wrapper.get('[role="alert"]').text()).toBe(
      'The invitation names no valid sync server (ws:// or wss://). Ask for a new link.',
    )
  })
})
