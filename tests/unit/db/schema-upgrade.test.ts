import Dexie from 'dexie'
import yDexie from 'y-dexie'
import { describe, expect, it } from 'vitest'
import { HandbookDatabase, createRepositories } from '../../../src/db'
import { fixtures } from './schema-fixtures'
import { v2 } from './schema-fixtures/v2'
import { v3 } from './schema-fixtures/v3'

describe('schema upgrades', () => {
  it('has a fixture for every schema version up to the current one', () => {
    const current = new HandbookDatabase('versions')
    expect(fixtures.map((f) => f.version)).toEqual(Array.from({ length: current.verno }, (_, i) => i + 1))
  })

  for (const fixture of fixtures) {
    it(`opens a database of schema version ${fixture.version} and keeps every record`, async () => {
      const name = `upgrade-from-${fixture.version}`
      // y-dexie reads the `doc: Y.Doc` of version 5's stores; older stores have none.
      const old = new Dexie(name, { addons: [yDexie] })
      old.version(fixture.version).stores(fixture.stores)
      await old.open()
      await old.transaction('rw', old.tables, async () => {
        for (const [table, rows] of Object.entries(fixture.records)) await old.table(table).bulkAdd(rows)
      })
      old.close()

      const db = new HandbookDatabase(name)
      await db.open()
      const expected = fixture.expected ?? fixture.records
      // The documents' update tables are checked in documents.test.ts.
      const rowTables = db.tables.filter((t) => !t.name.startsWith('$'))
      for (const table of rowTables) {
        expect(await table.toArray(), table.name).toEqual(expect.arrayContaining(expected[table.name] ?? []))
        expect(await table.count(), table.name).toBe((expected[table.name] ?? []).length)
      }
      expect(fixture.records, 'the fixture fills every table').toEqual(
        expect.objectContaining(Object.fromEntries(rowTables.map((t) => [t.name, expect.any(Array)]))),
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

describe('schema version 4', () => {
  it('turns the automatic entries stored as sentences into events and gives every entry its phase', async () => {
    const name = 'logbook-events-upgrade'
    const old = new Dexie(name)
    old.version(3).stores(v3.stores)
    await old.open()
    const project = { teamId: 't1', title: 'Baumkataster', description: '', currentStepId: null }
    await old
      .table('projects')
      .add({ ...project, id: 'p1', phase: 3, archived: false, createdAt: '', updatedAt: '' })
    const entry = (id: string, minute: number, kind: string, text: string, extra = {}) => ({
      ...{
        id,
        projectId: 'p1',
        kind,
        text,
        createdAt: `2026-11-02T09:${String(minute).padStart(2, '0')}:00.000Z`,
      },
      ...extra,
    })
    await old
      .table('logbook')
      .bulkAdd([
        entry('copy', 0, 'note', 'Angelegt als Kopie von „Baumkataster Nord“.'),
        entry('check', 1, 'decision', 'Einstiegscheck gemacht: empfohlen Phase 2, gewählt Phase 1.'),
        entry('step', 2, 'step-done', 'Schritt „Kick-off“ erledigt.'),
        entry('own', 3, 'decision', 'Wir starten mit dem Kick-off.'),
        entry(
          'open',
          4,
          'moved-on-open',
          'Weiter in Phase 2, obwohl noch etwas offen war. Begründung: Zeitdruck\nund Urlaub',
        ),
        entry('forward', 5, 'phase-changed', 'Weiter von Phase 1 in Phase 2: Konzeption.'),
        entry('english', 6, 'phase-changed', 'Moved on from phase 2 to phase 3: Implementation.'),
        entry('odd', 7, 'step-done', 'Irgendwie erledigt'),
        entry('captured', 8, 'note', 'Angelegt als Kopie von „X“.', { workshopId: 'w1', agendaItemId: 'i1' }),
      ])
    old.close()

    const db = new HandbookDatabase(name)
    const stored = Object.fromEntries((await db.logbook.toArray()).map((e) => [e.id, e]))
    const base = { projectId: 'p1' }
    expect(stored.copy).toMatchObject({
      ...base,
      kind: 'copied-from',
      params: { title: 'Baumkataster Nord' },
      text: '',
      phase: 1,
    })
    expect(stored.check).toMatchObject({
      kind: 'entry-check',
      params: { recommended: 2, chosen: 1 },
      phase: 1,
    })
    expect(stored.step).toMatchObject({
      kind: 'step-done',
      params: { stepTitle: 'Kick-off' },
      text: '',
      phase: 1,
    })
    expect(stored.own).toEqual(entry('own', 3, 'decision', 'Wir starten mit dem Kick-off.', { phase: 1 }))
    expect(stored.open).toMatchObject({
      kind: 'moved-on-open',
      params: { to: 2 },
      text: 'Zeitdruck\nund Urlaub',
      phase: 2,
    })
    expect(stored.forward).toMatchObject({
      kind: 'phase-changed',
      params: { from: 1, to: 2 },
      text: '',
      phase: 2,
    })
    expect(stored.english).toMatchObject({ kind: 'phase-changed', params: { from: 2, to: 3 }, phase: 3 })
    // What cannot be read, and what the team captured itself, stays as it was, with its phase.
    expect(stored.odd).toEqual(entry('odd', 7, 'step-done', 'Irgendwie erledigt', { phase: 3 }))
    expect(stored.captured).toEqual(
      entry('captured', 8, 'note', 'Angelegt als Kopie von „X“.', {
        workshopId: 'w1',
        agendaItemId: 'i1',
        phase: 3,
      }),
    )
    db.close()
    await Dexie.delete(name)
  })
})
