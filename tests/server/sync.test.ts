import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { openSqliteStore } from '../../server/stores/sqlite-store.ts'
import type { SyncServer } from '../../server/sync-server.ts'
import {
  connectClient,
  newSecret,
  recordingLogger,
  startTestServer,
  testConfig,
  waitFor,
  type TestClient,
} from './helpers.ts'

let servers: SyncServer[] = []
let clients: TestClient[] = []

function client(url: string, name: string, token: string) {
  const c = connectClient(url, name, token)
  clients.push(c)
  return c
}

afterEach(async () => {
  for (const c of clients) c.destroy()
  for (const server of servers) await server.close()
  clients = []
  servers = []
})

describe('sync server with SQLite', () => {
  it('two clients typing into one Y.Text at once end with both texts', async () => {
    const server = await startTestServer(testConfig())
    servers.push(server)
    const secret = newSecret()
    const a = client(server.url, 'team/t1/project/p1', secret)
    const b = client(server.url, 'team/t1/project/p1', secret)
    expect(await a.ready).toBe(true)
    expect(await b.ready).toBe(true)

    // Both edit in the same tick, before either has seen the other's change.
    a.doc.getText('answer').insert(0, 'Alpha types here. ')
    b.doc.getText('answer').insert(0, 'Beta types there. ')
    const text = (c: TestClient) => c.doc.getText('answer').toString()
    await waitFor(() => text(a) === text(b) && text(a).length === 36, 5000, 'convergence')
    expect(text(a)).toContain('Alpha types here. ')
    expect(text(a)).toContain('Beta types there. ')
  })

  it('accepts a burst of updates that each build on the one before', async () => {
    const logger = recordingLogger()
    const server = await startTestServer(testConfig(), logger)
    servers.push(server)
    const secret = newSecret()
    const typist = client(server.url, 'team/t1/project/p1', secret)
    const reader = client(server.url, 'team/t1/project/p1', secret)
    expect(await typist.ready).toBe(true)
    expect(await reader.ready).toBe(true)
    // One update per character, sent back to back: each is checked before the previous is applied.
    const typed = 'Jeder Buchstabe ist ein eigenes Update. '.repeat(5)
    for (const [i, character] of [...typed].entries()) {
      typist.doc.getText('answer').insert(i, character)
    }
    await waitFor(() => reader.doc.getText('answer').toString() === typed, 10_000, 'every character')
    expect(logger.lines.filter((line) => line.startsWith('refused'))).toEqual([])
  })

  it('keeps the state across a restart on the same file', async () => {
    const config = testConfig()
    const secret = newSecret()
    const first = await startTestServer(config)
    const a = connectClient(first.url, 'team/t1', secret)
    expect(await a.ready).toBe(true)
    a.doc.getMap('team').set('name', 'Radverkehr')
    await waitFor(() => !a.provider.hasUnsyncedChanges, 5000, 'acknowledgement')
    a.destroy()
    await first.close()

    const second = await startTestServer(config)
    servers.push(second)
    const b = client(second.url, 'team/t1', secret)
    expect(await b.ready).toBe(true)
    expect(b.doc.getMap('team').get('name')).toBe('Radverkehr')
  })

  it('refuses a wrong secret and stores nothing from it', async () => {
    const config = testConfig()
    const logger = recordingLogger()
    const server = await startTestServer(config, logger)
    servers.push(server)
    const secret = newSecret()
    const owner = client(server.url, 'team/t1/project/p1', secret)
    expect(await owner.ready).toBe(true)
    owner.doc.getText('answer').insert(0, 'kept')
    await waitFor(() => !owner.provider.hasUnsyncedChanges, 5000, 'acknowledgement')

    const wrongSecret = newSecret()
    const intruderDoc = new Y.Doc()
    intruderDoc.getText('answer').insert(0, 'intruder text')
    const intruder = connectClient(server.url, 'team/t1/project/p1', wrongSecret, intruderDoc)
    clients.push(intruder)
    expect(await intruder.ready).toBe(false)
    expect(intruder.refusal).toBe('wrong-secret')
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(owner.doc.getText('answer').toString()).toBe('kept')

    await server.close()
    servers = []
    const store = openSqliteStore(config.sqlitePath)
    const stored = new Y.Doc()
    Y.applyUpdate(stored, (await store.fetchDocument('team/t1/project/p1'))!)
    await store.close()
    expect(stored.getText('answer').toString()).toBe('kept')
    expect(logger.lines.some((line) => line.includes('wrong-secret') && line.includes('"t1"'))).toBe(true)
    expect(logger.lines.join('\n')).not.toContain(secret)
    expect(logger.lines.join('\n')).not.toContain(wrongSecret)
  })

  it("does not open one team's documents with another team's secret", async () => {
    const server = await startTestServer(testConfig())
    servers.push(server)
    const secretOne = newSecret()
    const secretTwo = newSecret()
    expect(await client(server.url, 'team/one', secretOne).ready).toBe(true)
    expect(await client(server.url, 'team/two', secretTwo).ready).toBe(true)
    const crossing = client(server.url, 'team/one/project/p1', secretTwo)
    expect(await crossing.ready).toBe(false)
    expect(crossing.refusal).toBe('wrong-secret')
  })

  it('refuses names outside team/<id> and team/<id>/<kind>/<id>, and short secrets', async () => {
    const server = await startTestServer(testConfig())
    servers.push(server)
    const secret = newSecret()
    for (const name of ['team', 'teams/t1', 'team/t1/project', 'team/../t1', 'team/t 1', 'other/t1']) {
      const c = client(server.url, name, secret)
      expect(await c.ready, name).toBe(false)
      expect(c.refusal).toBe('bad-document-name')
    }
    const weak = client(server.url, 'team/t9', 'short')
    expect(await weak.ready).toBe(false)
    expect(weak.refusal).toBe('weak-secret')
  })

  it('admits at most the configured number of connections per team', async () => {
    const server = await startTestServer(testConfig({ maxConnectionsPerTeam: 2 }))
    servers.push(server)
    const secret = newSecret()
    const first = client(server.url, 'team/t1', secret)
    expect(await first.ready).toBe(true)
    expect(await client(server.url, 'team/t1/project/p1', secret).ready).toBe(true)
    const third = client(server.url, 'team/t1', secret)
    expect(await third.ready).toBe(false)
    expect(third.refusal).toBe('too-many-connections')
    // Another team is not affected, and a place freed is taken again.
    expect(await client(server.url, 'team/t2', newSecret()).ready).toBe(true)
    first.destroy()
    await waitFor(() => server.hocuspocus.getConnectionsCount() === 2, 5000, 'the disconnect')
    expect(await client(server.url, 'team/t1', secret).ready).toBe(true)
  })
})
