import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { HandbookDatabase } from '../../../src/db'
import { fixtures } from './schema-fixtures'

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
