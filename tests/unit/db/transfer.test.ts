import Dexie from 'dexie'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { HandbookDatabase, createRepositories } from '../../../src/db'
import { onNewerVersionElsewhere } from '../../../src/db/version-change'
import { createExport, planImport, readExport } from '../../../src/lib/transfer'
import { sampleData } from '../data/sample'
import { snapshot } from './snapshot'

const open: HandbookDatabase[] = []
function connect(name: string) {
  const db = new HandbookDatabase(name)
  open.push(db)
  return { db, repos: createRepositories(db) }
}
afterEach(async () => {
  for (const db of open.splice(0)) {
    db.close()
    await Dexie.delete(db.name)
  }
})

async function seed(db: HandbookDatabase, teamId = 'team-1') {
  const data = sampleData(teamId)
  await db.transaction('rw', db.tables, async () => {
    for (const [table, rows] of Object.entries(data)) await db.table(table).bulkAdd(rows)
  })
  return data
}

describe('transfer repository', () => {
  it('exports a team, and after deleting it, imports it back exactly', async () => {
    const { db, repos } = connect('roundtrip')
    await seed(db)
    await seed(db, 'other-team')
    const before = await snapshot(db)
    const data = await repos.transfer.collectTeam('team-1')
    expect(data).toEqual(sampleData('team-1'))

    const doc = await readExport(JSON.stringify(createExport('team', 'team-1', data!, '0.1.0')))
    await repos.transfer.removeTeam('team-1')
    expect(await db.projects.count()).toBe(2)
    const local = await repos.transfer.findMatches(doc.data)
    expect(local).toEqual({ records: [] })
    await repos.transfer.apply(planImport(doc, local, 'replace', () => 'unused'))
    expect(await snapshot(db)).toBe(before)
  })

  it('exports one project with its records and team, without the other project', async () => {
    const { db, repos } = connect('project')
    await seed(db)
    const data = (await repos.transfer.collectProject('team-1-p2'))!
    expect(data.projects.map((p) => p.title)).toEqual(['Baumkataster'])
    expect(data.teams.map((t) => t.id)).toEqual(['team-1'])
    expect(data.answers).toEqual([])
    expect(data.workshops).toEqual([])
  })

  it('imports a copy next to the original', async () => {
    const { db, repos } = connect('copy')
    await seed(db)
    const doc = createExport('team', 'team-1', (await repos.transfer.collectTeam('team-1'))!, '0.1.0')
    const local = await repos.transfer.findMatches(doc.data)
    expect(local.records.filter((r) => r.table === 'teams')).toMatchObject([
      { key: 'team-1', label: 'Team Wärmeschutz' },
    ])
    await repos.transfer.apply(planImport(doc, local, 'copy', () => crypto.randomUUID()))
    expect(await db.teams.count()).toBe(2)
    expect(await db.projects.count()).toBe(4)
    expect(await db.answers.count()).toBe(4)
  })

  it('replaces a changed team completely, dropping records the backup does not have', async () => {
    const { db, repos } = connect('replace')
    await seed(db)
    const doc = createExport('team', 'team-1', (await repos.transfer.collectTeam('team-1'))!, '0.1.0')
    await repos.projects.create('team-1', 'Später angelegt')
    await repos.transfer.apply(
      planImport(doc, await repos.transfer.findMatches(doc.data), 'replace', () => 'x'),
    )
    expect((await db.projects.toArray()).map((p) => p.title).sort()).toEqual([
      'Baumkataster',
      'Digitale Terminvergabe',
    ])
  })

  it('changes nothing when an import fails half-way', async () => {
    const { db, repos } = connect('atomic')
    await seed(db)
    const before = await snapshot(db)
    const doc = createExport('team', 'team-1', sampleData('team-1'), '0.1.0')
    const plan = planImport(doc, await repos.transfer.findMatches(doc.data), 'replace', () => 'x')
    // A workshop without its key makes the last write fail, after the deletes and other writes.
    plan.data.workshops = [{ ...plan.data.workshops[0], id: undefined as unknown as string }]
    await expect(repos.transfer.apply(plan)).rejects.toThrow()
    expect(await snapshot(db)).toBe(before)
  })

  it('deletes one project with its records, and everything on the device', async () => {
    const { db, repos } = connect('delete')
    await seed(db)
    await repos.settings.set('lastBackupAt', 'x')
    await repos.transfer.removeProject('team-1-p1')
    expect((await db.projects.toArray()).map((p) => p.id)).toEqual(['team-1-p2'])
    expect(await db.answers.count()).toBe(0)
    expect(await db.logbook.count()).toBe(0)
    expect(await db.workshops.count()).toBe(0)
    expect(await db.teams.count()).toBe(1)
    await repos.transfer.removeEverything()
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0)
  })

  it('closes its connection and tells the app when another tab opens a newer schema', async () => {
    const { db, repos } = connect('newer')
    await repos.teams.create('Team')
    const listener = vi.fn()
    const stop = onNewerVersionElsewhere(listener)
    const newer = new Dexie('newer')
    newer.version(new HandbookDatabase('versions').verno + 1).stores({ teams: 'id, updatedAt, name' })
    await newer.open()
    expect(listener).toHaveBeenCalledOnce()
    expect(db.isOpen()).toBe(false)
    newer.close()
    stop()
  })

  it('gives the first creation and the last change of all projects, for the backup reminder', async () => {
    const { db, repos } = connect('span')
    expect(await repos.transfer.projectSpan()).toBeNull()
    const team = await repos.teams.create('Team')
    const times = [
      ['2026-03-01T10:00:00.000Z', '2026-05-01T10:00:00.000Z'],
      ['2026-01-15T10:00:00.000Z', '2026-02-01T10:00:00.000Z'],
      ['2026-04-01T10:00:00.000Z', '2026-06-09T10:00:00.000Z'],
    ]
    for (const [createdAt, updatedAt] of times) {
      const project = await repos.projects.create(team.id, 'P')
      await db.projects.update(project.id, { createdAt, updatedAt })
    }
    expect(await repos.transfer.projectSpan()).toEqual({
      createdAt: '2026-01-15T10:00:00.000Z',
      updatedAt: '2026-06-09T10:00:00.000Z',
    })
  })
})
