/**
 * An import whose ids collide with records on the device: the preview names every record it would
 * change, a copy changes none of them, "replace" changes exactly those listed, and nothing is
 * written when the device changed between preview and applying.
 */
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { HandbookDatabase, createRepositories } from '../../../src/db'
import {
  ImportError,
  createExport,
  planImport,
  previewImport,
  readExport,
  type ExportData,
  type ExportDocument,
} from '../../../src/lib/transfer'
import { sampleData } from '../data/sample'
import { canonical, snapshot } from './snapshot'

const open: HandbookDatabase[] = []
afterEach(async () => {
  for (const db of open.splice(0)) {
    db.close()
    await Dexie.delete(db.name)
  }
})

async function device(name: string) {
  const db = new HandbookDatabase(name)
  open.push(db)
  const data = sampleData('team-1')
  await db.transaction('rw', db.tables, async () => {
    for (const [table, rows] of Object.entries(data)) await db.table(table).bulkAdd(rows)
  })
  return { db, repos: createRepositories(db) }
}

/** Every row of every table as text, to tell which existing rows stayed byte-identical. */
async function rows(db: HandbookDatabase): Promise<Set<string>> {
  const out = new Set<string>()
  // Rows only: the documents' update tables (`$…`) store history, not records.
  for (const table of db.tables.filter((t) => !t.name.startsWith('$')))
    for (const row of await table.toArray()) out.add(`${table.name}:${canonical(row)}`)
  return out
}

/** A new team's export that reuses the id of one record of each kind already on the device. */
function hostileTeam(): ExportData {
  const data = sampleData('team-new')
  data.logbook[0]!.id = 'team-1-l1'
  data.workshops[0]!.id = 'team-1-w1'
  data.collections[0]!.id = 'team-1-c1'
  data.members[0]!.id = 'team-1-m1'
  data.logbook[0]!.workshopId = 'team-1-w1'
  return data
}
const read = (doc: ExportDocument) => readExport(JSON.stringify(doc))

describe('imports that collide with records on the device', () => {
  it('name every record of another team they would overwrite', async () => {
    const { repos } = await device('collide-preview')
    const doc = await read(createExport('team', 'team-new', hostileTeam(), '0.1.0'))
    const preview = previewImport(doc, await repos.transfer.findMatches(doc.data))
    expect(preview.replaces).toEqual([])
    expect(preview.overwrites.map((r) => [r.table, r.label, r.owner])).toEqual([
      ['members', 'Alex', 'Team Wärmeschutz'],
      ['logbook', 'Raum buchen', 'Digitale Terminvergabe'],
      ['collections', 'Kick-off-Kit', 'Team Wärmeschutz'],
      ['workshops', 'Kick-off', 'Digitale Terminvergabe'],
    ])
  })

  it('as a copy, leave every existing record byte-identical', async () => {
    const { db, repos } = await device('collide-copy')
    const before = await rows(db)
    const doc = await read(createExport('team', 'team-new', hostileTeam(), '0.1.0'))
    await repos.transfer.apply(
      planImport(doc, await repos.transfer.findMatches(doc.data), 'copy', () => crypto.randomUUID()),
    )
    const after = await rows(db)
    for (const row of before) expect(after.has(row), row).toBe(true)
    expect(after.size).toBe(before.size * 2)
  })

  it('a project copied into its existing team changes nothing there', async () => {
    const { db, repos } = await device('collide-project-copy')
    const before = await rows(db)
    const exported = (await repos.transfer.collectProject('team-1-p1'))!
    const doc = await read(createExport('project', 'team-1-p1', exported, '0.1.0'))
    await repos.transfer.apply(
      planImport(doc, await repos.transfer.findMatches(doc.data), 'copy', () => crypto.randomUUID()),
    )
    const after = await rows(db)
    for (const row of before) expect(after.has(row), row).toBe(true)
    expect(await db.projects.where('teamId').equals('team-1').count()).toBe(3)
  })

  it('replacing a project removes its old logbook entries and workshops first', async () => {
    const { db, repos } = await device('collide-replace-project')
    const exported = (await repos.transfer.collectProject('team-1-p1'))!
    const doc = await read(
      createExport('project', 'team-1-p1', { ...exported, logbook: [], workshops: [] }, '0.1.0'),
    )
    const local = await repos.transfer.findMatches(doc.data)
    expect(previewImport(doc, local).replaces.map((r) => r.label)).toEqual(['Digitale Terminvergabe'])
    await repos.transfer.apply(planImport(doc, local, 'replace', () => 'x'))
    expect(await db.logbook.count()).toBe(0)
    expect(await db.workshops.count()).toBe(0)
    expect(await db.answers.count()).toBe(2)
    expect(await db.teams.count()).toBe(1)
  })

  it('refuse a project export that carries a second project or team records', async () => {
    const data = sampleData('team-1')
    const reason = async (doc: ExportDocument) => {
      try {
        await read(doc)
      } catch (err) {
        return err instanceof ImportError ? [err.path, err.problem] : err
      }
      return 'accepted'
    }
    expect(
      await reason(
        createExport(
          'project',
          'team-1-p1',
          { ...data, members: [], favourites: [], collections: [] },
          '0.1.0',
        ),
      ),
    ).toEqual(['data.projects', 'too-many'])
    const one = { ...data, projects: [data.projects[0]!], members: [], collections: [] }
    expect(await reason(createExport('project', 'team-1-p1', one, '0.1.0'))).toEqual([
      'data.favourites[0]',
      'not-in-project',
    ])
  })

  it('write nothing when the device changed between preview and applying', async () => {
    const { db, repos } = await device('collide-meanwhile')
    const data = sampleData('team-new')
    data.logbook[0]!.id = 'later-entry'
    const doc = await read(createExport('team', 'team-new', data, '0.1.0'))
    const plan = planImport(doc, await repos.transfer.findMatches(doc.data), 'replace', () => 'x')
    expect(plan.expected).toEqual([])
    // Another tab writes an entry with that id after the preview was shown.
    await db.logbook.add({ ...sampleData('team-1').logbook[0]!, id: 'later-entry', text: 'Aus Tab B' })
    const before = await snapshot(db)
    await expect(repos.transfer.apply(plan)).rejects.toMatchObject({ code: 'changed-meanwhile' })
    expect(await snapshot(db)).toBe(before)
  })
})
