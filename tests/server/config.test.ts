import { describe, expect, it } from 'vitest'
import { readConfig } from '../../server/config.ts'
import { teamOfDocument } from '../../server/document-names.ts'

describe('sync server configuration', () => {
  it('uses the defaults: 127.0.0.1, SQLite under server/data, 10 MB documents', () => {
    const config = readConfig({}, '/srv/app')
    expect(config.host).toBe('127.0.0.1')
    expect(config.sqlitePath).toBe('/srv/app/server/data/sync.sqlite')
    expect(config.maxDocumentBytes).toBe(10 * 1024 * 1024)
    expect(config.databaseUrl).toBeUndefined()
    expect(config.redisUrl).toBeUndefined()
  })

  it('reads the variables and names every invalid one', () => {
    const config = readConfig({
      SYNC_PORT: '4321',
      SYNC_DATABASE_URL: 'postgresql://sync@db/sync',
      SYNC_REDIS_URL: 'redis://cache:6379',
      SYNC_MAX_CONNECTIONS_PER_TEAM: '8',
    })
    expect(config.port).toBe(4321)
    expect(config.databaseUrl).toBe('postgresql://sync@db/sync')
    expect(config.maxConnectionsPerTeam).toBe(8)
    expect(() =>
      readConfig({ SYNC_PORT: 'eighty', SYNC_DATABASE_URL: 'mysql://x', SYNC_REDIS_URL: 'x' }),
    ).toThrow(/SYNC_PORT[\s\S]*SYNC_DATABASE_URL[\s\S]*SYNC_REDIS_URL/)
  })
})

describe('document names', () => {
  it('accepts a team document and the documents under it, and nothing else', () => {
    expect(teamOfDocument('team/abc_1-2')).toBe('abc_1-2')
    expect(teamOfDocument('team/abc/project/p-1')).toBe('abc')
    expect(teamOfDocument(`team/${'a'.repeat(200)}`)).toBe('a'.repeat(200))
    for (const name of ['team/', 'team/a/b', 'team/a/b/c/d', `team/${'a'.repeat(201)}`, 'team/a.b']) {
      expect(teamOfDocument(name), name).toBeUndefined()
    }
  })
})
