/**
 * The configurable parts on the real services: PostgreSQL persistence, and two instances sharing
 * PostgreSQL and Redis. Every run uses its own team ids and Redis prefix, so runs never meet.
 */
import { randomUUID } from 'node:crypto'
import pg from 'pg'
import { afterEach, describe, expect, it } from 'vitest'
import type { SyncServer } from '../../server/sync-server.ts'
import { hashSecret } from '../../server/team-auth.ts'
import { connectClient, newSecret, startTestServer, testConfig, waitFor, type TestClient } from './helpers.ts'
import { DATABASE_URL, REDIS_URL, noteSkip, postgresAvailable, redisAvailable } from './services.ts'

const hasPostgres = await postgresAvailable()
const hasRedis = await redisAvailable()
noteSkip(hasPostgres, 'PostgreSQL', DATABASE_URL)
noteSkip(hasRedis, 'Redis', REDIS_URL)

let servers: SyncServer[] = []
let clients: TestClient[] = []

afterEach(async () => {
  for (const c of clients) c.destroy()
  for (const server of servers) await server.close()
  clients = []
  servers = []
})

function client(url: string, name: string, token: string) {
  const c = connectClient(url, name, token)
  clients.push(c)
  return c
}

describe('sync server with PostgreSQL', () => {
  it.skipIf(!hasPostgres)('keeps documents and only the hash of the secret', async () => {
    const team = `pg-${randomUUID()}`
    const secret = newSecret()
    const config = testConfig({ databaseUrl: DATABASE_URL })
    const first = await startTestServer(config)
    const writer = connectClient(first.url, `team/${team}/project/p1`, secret)
    expect(await writer.ready).toBe(true)
    writer.doc.getText('answer').insert(0, 'in PostgreSQL')
    await waitFor(() => !writer.provider.hasUnsyncedChanges, 5000, 'acknowledgement')
    writer.destroy()
    await first.close()

    const second = await startTestServer(config)
    servers.push(second)
    const reader = client(second.url, `team/${team}/project/p1`, secret)
    expect(await reader.ready).toBe(true)
    expect(reader.doc.getText('answer').toString()).toBe('in PostgreSQL')

    const db = new pg.Client({ connectionString: DATABASE_URL })
    await db.connect()
    const { rows } = await db.query('SELECT * FROM sync_teams WHERE team_id = $1', [team])
    await db.end()
    expect(rows).toHaveLength(1)
    expect(Buffer.compare(rows[0].secret_hash, hashSecret(secret))).toBe(0)
    expect(JSON.stringify(rows)).not.toContain(secret)
  })
})

describe('two instances sharing PostgreSQL and Redis', () => {
  it.skipIf(!hasPostgres || !hasRedis)('a client on each sees the other’s edits', async () => {
    const team = `redis-${randomUUID()}`
    const secret = newSecret()
    const config = testConfig({
      databaseUrl: DATABASE_URL,
      redisUrl: REDIS_URL,
      redisPrefix: `sync-test-${randomUUID()}`,
    })
    const one = await startTestServer(config)
    const two = await startTestServer(config)
    servers.push(one, two)
    expect(one.port).not.toBe(two.port)

    const name = `team/${team}/project/p1`
    const a = client(one.url, name, secret)
    const b = client(two.url, name, secret)
    expect(await a.ready).toBe(true)
    expect(await b.ready).toBe(true)
    a.doc.getText('answer').insert(0, 'from one. ')
    await waitFor(() => b.doc.getText('answer').toString() === 'from one. ', 5000, 'one → two')
    b.doc.getText('answer').insert(10, 'from two.')
    const both = 'from one. from two.'
    await waitFor(() => a.doc.getText('answer').toString() === both, 5000, 'two → one')

    // The team's secret registered through one instance guards the team on the other.
    const intruder = client(two.url, `team/${team}`, newSecret())
    expect(await intruder.ready).toBe(false)
    expect(intruder.refusal).toBe('wrong-secret')
  })
})
