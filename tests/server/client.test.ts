/**
 * The app's sync client (src/sync/connection.ts) against the real server: two devices of one
 * team, each with its own documents, as two browsers would have.
 */
import WebSocket from 'ws'
import * as Y from 'yjs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { SyncServer } from '../../server/sync-server.ts'
import type { DocRef, DocSource } from '../../src/sync/doc-source.ts'
import { TeamConnection } from '../../src/sync/connection.ts'
import { newSecret, startTestServer, tempSqlitePath, testConfig } from './helpers.ts'

/** One device's documents: in memory, one Y.Doc per name, counting opens and releases. */
class MemoryDocs implements DocSource {
  readonly docs = new Map<string, Y.Doc>()
  readonly openCount = new Map<Y.Doc, number>()
  readonly teamRows = new Map<string, string>()

  name(ref: DocRef): string {
    return ref.kind === 'team' ? `team/${ref.teamId}` : `team/${ref.teamId}/project/${ref.projectId}`
  }
  doc(ref: DocRef): Y.Doc {
    const name = this.name(ref)
    if (!this.docs.has(name)) this.docs.set(name, new Y.Doc())
    return this.docs.get(name)!
  }
  async open(ref: DocRef): Promise<Y.Doc> {
    const doc = this.doc(ref)
    this.openCount.set(doc, (this.openCount.get(doc) ?? 0) + 1)
    return doc
  }
  release(doc: Y.Doc): void {
    this.openCount.set(doc, (this.openCount.get(doc) ?? 0) - 1)
  }
  projectIds(teamDoc: Y.Doc): string[] {
    return [...teamDoc.getMap('projects').keys()]
  }
  async ensureTeamRow(teamId: string, name: string): Promise<void> {
    if (!this.teamRows.has(teamId)) this.teamRows.set(teamId, name)
  }
  /** How many documents are open and not released. */
  stillOpen(): number {
    return [...this.openCount.values()].reduce((sum, n) => sum + n, 0)
  }
}

let servers: SyncServer[] = []
let connections: TeamConnection[] = []

afterEach(async () => {
  for (const connection of connections) connection.destroy()
  for (const server of servers) await server.close()
  connections = []
  servers = []
})

async function server(config = testConfig()): Promise<SyncServer> {
  const started = await startTestServer(config)
  servers.push(started)
  return started
}

function connect(url: string, teamId: string, secret: string, docs = new MemoryDocs(), name = '') {
  const connection = new TeamConnection({
    teamId,
    server: url,
    secret,
    docs,
    name,
    // Node 20 has no WebSocket of its own; reconnect quickly so a restart is seen within the test.
    socket: { WebSocketPolyfill: WebSocket, delay: 50, minDelay: 50, maxDelay: 200 },
  })
  connections.push(connection)
  return { connection, docs }
}

const until = (check: () => void, timeout = 5000) => vi.waitFor(check, { timeout, interval: 10 })

describe('a team connection', () => {
  it('brings text typed on one device to the other, and shows both devices as synced', async () => {
    const { url } = await server()
    const secret = newSecret()
    const a = connect(url, 'team1', secret)
    const b = connect(url, 'team1', secret)
    await until(() => expect(a.connection.status().state).toBe('synced'))
    await until(() => expect(b.connection.status().state).toBe('synced'))

    a.docs.doc({ kind: 'team', teamId: 'team1' }).getText('name').insert(0, 'Team Wärmeschutz')
    await until(() =>
      expect(b.docs.doc({ kind: 'team', teamId: 'team1' }).getText('name').toString()).toBe(
        'Team Wärmeschutz',
      ),
    )
    await until(() => expect(a.connection.status().waiting).toBe(0))
  })

  it('follows the team document: a project added on one device is synced to the other', async () => {
    const { url } = await server()
    const secret = newSecret()
    const a = connect(url, 'team1', secret)
    const b = connect(url, 'team1', secret)
    await a.connection.ready
    await until(() => expect(b.connection.status().state).toBe('synced'))

    const projectA = a.docs.doc({ kind: 'project', teamId: 'team1', projectId: 'p1' })
    projectA.getText('title').insert(0, 'Sensoren im Park')
    a.docs.doc({ kind: 'team', teamId: 'team1' }).getMap('projects').set('p1', true)

    await until(() =>
      expect(
        b.docs.doc({ kind: 'project', teamId: 'team1', projectId: 'p1' }).getText('title').toString(),
      ).toBe('Sensoren im Park'),
    )
    // Typed later, on the other device: the project's provider stays connected both ways.
    b.docs.doc({ kind: 'project', teamId: 'team1', projectId: 'p1' }).getText('title').insert(0, 'Neue ')
    await until(() => expect(projectA.getText('title').toString()).toBe('Neue Sensoren im Park'))
    await until(() => expect(b.connection.status().state).toBe('synced'))

    // A removed project's document is released and no longer synced.
    a.docs.doc({ kind: 'team', teamId: 'team1' }).getMap('projects').delete('p1')
    await until(() => expect(b.docs.projectIds(b.connection.teamDoc!)).toEqual([]))
    await until(() =>
      expect(b.docs.openCount.get(b.docs.doc({ kind: 'project', teamId: 'team1', projectId: 'p1' }))).toBe(0),
    )
    projectA.getText('title').insert(0, 'Alte ')
    // A later change of the team document arrives: the project's change, sent first, would have too.
    a.docs.doc({ kind: 'team', teamId: 'team1' }).getText('name').insert(0, 'danach')
    await until(() =>
      expect(b.docs.doc({ kind: 'team', teamId: 'team1' }).getText('name').toString()).toBe('danach'),
    )
    expect(
      b.docs.doc({ kind: 'project', teamId: 'team1', projectId: 'p1' }).getText('title').toString(),
    ).toBe('Neue Sensoren im Park')
  })

  it('shows the other devices with their name and where they work', async () => {
    const { url } = await server()
    const secret = newSecret()
    const a = connect(url, 'team1', secret, new MemoryDocs(), 'Laptop Anna')
    const b = connect(url, 'team1', secret, new MemoryDocs(), 'Tablet Ben')
    await until(() => expect(a.connection.status().peers).toEqual([{ name: 'Tablet Ben' }]))
    // A project that is not (yet) the team's is not announced; once it arrives, it is.
    b.connection.setPresence({ projectId: 'p1', stepId: 'vorprozess-1' })
    expect(b.connection.status().peers).toEqual([{ name: 'Laptop Anna' }])
    a.docs.doc({ kind: 'team', teamId: 'team1' }).getMap('projects').set('p1', true)
    await until(() =>
      expect(a.connection.status().peers).toEqual([
        { name: 'Tablet Ben', projectId: 'p1', stepId: 'vorprozess-1' },
      ]),
    )
    expect(b.connection.status().peers).toEqual([{ name: 'Laptop Anna' }])
    b.connection.destroy()
    await until(() => expect(a.connection.status().peers).toEqual([]))
  })

  it('is refused with a wrong secret, and the team document stays as it was', async () => {
    const { url } = await server()
    const a = connect(url, 'team1', newSecret())
    await until(() => expect(a.connection.status().state).toBe('synced'))
    a.docs.doc({ kind: 'team', teamId: 'team1' }).getText('name').insert(0, 'Geheim')

    const intruder = connect(url, 'team1', newSecret())
    await until(() => expect(intruder.connection.status().state).toBe('refused'))
    expect(intruder.docs.doc({ kind: 'team', teamId: 'team1' }).getText('name').toString()).toBe('')
  })

  it('is offline with changes waiting while the server is down, and syncs them when it is back', async () => {
    const sqlitePath = tempSqlitePath()
    const first = await server(testConfig({ sqlitePath }))
    const secret = newSecret()
    const a = connect(first.url, 'team1', secret)
    const b = connect(first.url, 'team1', secret)
    const updates: string[] = []
    a.connection.subscribe((status) => updates.push(status.state))
    await until(() => expect(a.connection.status().state).toBe('synced'))
    await until(() => expect(b.connection.status().state).toBe('synced'))

    await first.close()
    servers = servers.filter((s) => s !== first)
    await until(() => expect(a.connection.status().state).toBe('offline'))
    expect(updates).toContain('offline')
    a.docs.doc({ kind: 'team', teamId: 'team1' }).getText('name').insert(0, 'offline getippt')
    expect(a.connection.status().waiting).toBeGreaterThan(0)
    expect(a.connection.status().state).toBe('offline')

    await server(testConfig({ sqlitePath, port: first.port }))
    await until(() => expect(a.connection.status()).toMatchObject({ state: 'synced', waiting: 0 }), 10_000)
    await until(
      () =>
        expect(b.docs.doc({ kind: 'team', teamId: 'team1' }).getText('name').toString()).toBe(
          'offline getippt',
        ),
      10_000,
    )
  })

  it('releases every document it opened when destroyed', async () => {
    const { url } = await server()
    const docs = new MemoryDocs()
    docs.doc({ kind: 'team', teamId: 'team1' }).getMap('projects').set('p1', true)
    docs.doc({ kind: 'team', teamId: 'team1' }).getMap('projects').set('p2', true)
    const a = connect(url, 'team1', newSecret(), docs)
    await until(() => expect(a.connection.status().state).toBe('synced'))
    expect(docs.stillOpen()).toBe(3)
    a.connection.destroy()
    expect(docs.stillOpen()).toBe(0)
  })
})
