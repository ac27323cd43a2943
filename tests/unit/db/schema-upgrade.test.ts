import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { HandbookDatabase, createRepositories } from '../../../src/db'
import { fixtures } from './schema-fixtures'
import { v2 } from './schema-fixtures/v2'

describe('schema upgrades', () => {
  it('has a fixture for every schema version up to the current one', () => {
    const current = new HandbookDatabase('versions')
    expect(fixtures.map((f) => f.version)).toEqual(Array.from({ length: current.verno }, (_, i) => i + 1))
  })

  for (const fixture of fixtures) {
    it(`opens a database of schema version ${fixture.version} and keeps every record`, async () => {
      const name = `upgrade-from-${fixture.version}`
      const old = new Dexie(name)
      old.version(fixture.version).stores(fixture.stores)
      await old.open()
      await old.transaction('rw', old.tables, async () => {
        for (const [table, rows] of Object.entries(fixture.records)) await old.table(table).bulkAdd(rows)
      })
      old.close()

      const db = new HandbookDatabase(name)
      await db.open()
      const expected = fixture.expected ?? fixture.records
      for (const table of db.tables) {
        expect(await table.toArray(), table.name).toEqual(expect.arrayContaining(expected[table.name] ?? []))
        expect(await table.count(), table.name).toBe((expected[table.name] ?? []).length)
      }
      expect(fixture.records, 'the fixture fills every table').toEqual(
        Object.fromEntries(db.tables.map((t) => [t.name, expect.any(Array)])),
      )
      db.close()
      await Dexie.delete(name)
    })
  }
})

describe('schema version 3', () => {
  it('finds the teams stored before the upgrade by a word of their name', async () => {
    const name = 'team-words-upgrade'
    const old = new Dexie(name)
    old.version(2).stores(v2.stores)
    await old.open()
    await old.table('teams').bulkAdd([
      { id: 't1', name: 'Team Wärmeschutz', createdAt: '', updatedAt: '2026-01-01' },
      { id: 't2', name: 'Baumkataster Nord', createdAt: '', updatedAt: '2026-01-02' },
    ])
    old.close()

    const db = new HandbookDatabase(name)
    const repos = createRepositories(db)
    expect((await repos.teams.search('wärme', 10)).map((t) => t.name)).toEqual(['Team Wärmeschutz'])
    expect((await repos.teams.search('NORD baum', 10)).map((t) => t.name)).toEqual(['Baumkataster Nord'])
    // The words are the database's business: the app reads a team as the model declares it.
    expect(await repos.teams.get('t1')).toEqual({
      id: 't1',
      name: 'Team Wärmeschutz',
      createdAt: '',
      updatedAt: '2026-01-01',
    })
    db.close()
    await Dexie.delete(name)
  })
})
