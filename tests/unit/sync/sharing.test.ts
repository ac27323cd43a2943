import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, shallowRef } from 'vue'
import * as Y from 'yjs'
import { loadRepositories } from '@/db/live'
import type { DocRef, DocSource } from '@/sync/doc-source'
import {
  configureSync,
  joinTeam,
  parseInvitation,
  shareTeam,
  stopAllConnections,
  stopSharing,
  useTeamSync,
  type Invitation,
} from '@/sync'
import { sharedTeams } from '@/sync/settings'

const teamRows: [string, string][] = []
const docs: DocSource = {
  name: (ref: DocRef) =>
    ref.kind === 'team' ? `team/${ref.teamId}` : `team/${ref.teamId}/project/${ref.projectId}`,
  open: async () => new Y.Doc(),
  release: (doc) => doc.destroy(),
  projectIds: (teamDoc) => [...teamDoc.getMap('projects').keys()],
  ensureTeamRow: async (teamId, name) => void teamRows.push([teamId, name]),
}
// No network in unit tests: the provider module never arrives, so a connection stays 'connecting'.
configureSync({ docs, connection: { loadProvider: () => new Promise(() => {}) } })

afterEach(() => stopAllConnections())

function watchTeam(teamId: string | null) {
  const id = shallowRef(teamId)
  const scope = effectScope()
  const sync = scope.run(() => useTeamSync(id))!
  return { id, sync, stop: () => scope.stop() }
}

describe('sharing a team', () => {
  it('shows an unshared team as local', async () => {
    const team = await (await loadRepositories()).teams.create('Nur hier')
    const { sync } = watchTeam(team.id)
    await nextTick()
    expect(sync.state.value).toBe('local')
    expect(sync.waiting.value).toBe(0)
    expect(sync.peers.value).toEqual([])
  })

  it('stores the server and a new secret, connects, and returns the invitation for the team', async () => {
    const team = await (await loadRepositories()).teams.create('Team Wärmeschutz')
    const { sync } = watchTeam(team.id)
    const link = await shareTeam(team.id, ' wss://sync.example.berlin.de ')

    const invitation = parseInvitation(link) as Invitation
    expect(invitation).toMatchObject({
      server: 'wss://sync.example.berlin.de',
      teamId: team.id,
      teamName: 'Team Wärmeschutz',
    })
    expect(invitation.secret).toHaveLength(43)
    expect((await sharedTeams())[team.id]).toMatchObject({
      server: 'wss://sync.example.berlin.de',
      secret: invitation.secret,
    })
    await vi.waitFor(() => expect(sync.state.value).toBe('connecting'))

    // Sharing again keeps the secret: the server knows the team by it.
    const again = parseInvitation(await shareTeam(team.id, 'wss://sync.example.berlin.de')) as Invitation
    expect(again.secret).toBe(invitation.secret)

    await stopSharing(team.id)
    await vi.waitFor(() => expect(sync.state.value).toBe('local'))
    expect((await sharedTeams())[team.id]).toBeUndefined()
  })

  it('refuses a server address that is not ws:// or wss://', async () => {
    const team = await (await loadRepositories()).teams.create('Team')
    await expect(shareTeam(team.id, 'https://sync.example')).rejects.toThrow('Not a sync server address')
    expect((await sharedTeams())[team.id]).toBeUndefined()
  })

  it('joins the team of an invitation: creates its row, stores the setting, connects', async () => {
    const invitation: Invitation = {
      server: 'ws://127.0.0.1:4444',
      teamId: 'joined-team',
      teamName: 'Eingeladen',
      secret: 's'.repeat(43),
    }
    const { sync } = watchTeam('joined-team')
    await joinTeam(invitation)
    expect(teamRows).toContainEqual(['joined-team', 'Eingeladen'])
    expect((await sharedTeams())['joined-team']).toMatchObject({
      server: invitation.server,
      secret: invitation.secret,
    })
    await vi.waitFor(() => expect(sync.state.value).toBe('connecting'))
  })

  it('connects a shared team as soon as a view watches it', async () => {
    const invitation: Invitation = {
      server: 'ws://127.0.0.1:4444',
      teamId: 'other-team',
      teamName: 'Anderes Team',
      secret: 't'.repeat(43),
    }
    await joinTeam(invitation)
    stopAllConnections()
    const { sync, id } = watchTeam(null)
    id.value = 'other-team'
    await vi.waitFor(() => expect(sync.state.value).toBe('connecting'))
  })
})

describe('the sync client', () => {
  it('imports @hocuspocus/provider only through import(), never at the top of a file', () => {
    const dir = resolve(import.meta.dirname, '../../../src/sync')
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(resolve(dir, file), 'utf8')
      expect(source, file).not.toMatch(/^import(?!\s+type)[^;]*from '@hocuspocus\/provider'/m)
    }
  })
})
