/**
 * The documents are the source of truth of a team's data (issue #21): the rows follow them, whoever
 * changed them, and a database of every earlier schema version moves into them with nothing lost.
 */
import Dexie from 'dexie'
import yDexie, { DexieYProvider } from 'y-dexie'
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { canonical } from '../../../src/db/document-check'
import { docsOf } from '../../../src/db/docs'
import { readRows } from '../../../src/db/docs/layout'
import { TEAM_TABLES } from '../../../src/model'
import { fixtures } from './schema-fixtures'
import { connect } from './devices'

/**
 * Two devices with the same team and project, as after a sync: device B received A's documents.
 * `exchange` sends each device's project changes to the other, as the sync server would.
 */
async function twoDevices(name: string) {
  const a = connect(`${name}-a`)
  const team = await a.repos.teams.create('Team')
  const project = await a.repos.projects.create(team.id, 'Projekt')
  const b = connect(`${name}-b`)
  await b.db.teams.add({ ...team })
  const teamA = await docsOf(a.db).open({ kind: 'team', teamId: team.id })
  const teamB = await docsOf(b.db).open({ kind: 'team', teamId: team.id }, { adopt: false })
  Y.applyUpdate(teamB, Y.encodeStateAsUpdate(teamA), 'remote')
  await docsOf(b.db).settled(teamB)
  const ref = { kind: 'project', teamId: team.id, projectId: project.id } as const
  const docA = await docsOf(a.db).open(ref)
  const docB = await docsOf(b.db).open(ref, { adopt: false })
  Y.applyUpdate(docB, Y.encodeStateAsUpdate(docA), 'remote')
  const exchange = async () => {
    Y.applyUpdate(docA, Y.encodeStateAsUpdate(docB, Y.encodeStateVector(docA)), 'remote')
    Y.applyUpdate(docB, Y.encodeStateAsUpdate(docA, Y.encodeStateVector(docB)), 'remote')
    await Promise.all([docsOf(a.db).settled(docA), docsOf(b.db).settled(docB)])
  }
  return { a, b, team, project, exchange }
}

const table = (name: string) => TEAM_TABLES.find((t) => t.name === name)!
// Fields in any order: rows filled into a document keep the order they were stored in.
const byJson = (rows: unknown[]) => rows.map((r) => canonical(r)).sort()

/** Every table of a document as sorted JSON rows. */
function contentOf(doc: Y.Doc, kind: 'team' | 'project') {
  return Object.fromEntries(
    TEAM_TABLES.filter((t) => (t.owner === 'team') === (kind === 'team')).map((t) => [
      t.name,
      byJson(readRows(doc, t)),
    ]),
  )
}

async function rowsOf(db: Dexie, kind: 'team' | 'project', id: string) {
  const out: Record<string, string[]> = {}
  for (const t of TEAM_TABLES.filter((t) => (t.owner === 'team') === (kind === 'team'))) {
    const rows = await db
      .table(t.name)
      .where(t.name === 'teams' ? 'id' : t.ownerField)
      .equals(id)
      .toArray()
    out[t.name] = byJson(rows.map((r: Record<string, unknown>) => ({ ...r })))
  }
  return out
}

describe('documents', () => {
  for (const fixture of fixtures) {
    it(`hold every record of a database of schema version ${fixture.version} once opened`, async () => {
      const name = `documents-from-${fixture.version}`
      const old = new Dexie(name, { addons: [yDexie] })
      old.version(fixture.version).stores(fixture.stores)
      await old.open()
      await old.transaction('rw', old.tables, async () => {
        for (const [t, rows] of Object.entries(fixture.records)) await old.table(t).bulkAdd(rows)
      })
      old.close()
      const { db } = connect(name)
      const docs = docsOf(db)
      const team = await docs.open({ kind: 'team', teamId: 't1' })
      const project = await docs.open({ kind: 'project', teamId: 't1', projectId: 'p1' })
      expect(contentOf(team, 'team')).toEqual(await rowsOf(db, 'team', 't1'))
      expect(contentOf(project, 'project')).toEqual(await rowsOf(db, 'project', 'p1'))
      expect(contentOf(project, 'project').answers).toHaveLength(fixture.records.answers!.length)
    })
  }

  it('take every write of the app, and the rows show it', async () => {
    const { db, repos } = connect('documents-writes')
    const team = await repos.teams.create('Team Wärmeschutz')
    const project = await repos.projects.create(team.id, 'Terminvergabe')
    await repos.answers.set(project.id, 'kickoff-titel', 'Termine online')
    await repos.logbook.add({ projectId: project.id, kind: 'note', text: 'Start' })
    await repos.members.add(team.id, 'Alex', 'massnahmenteam')
    const docs = docsOf(db)
    const teamDoc = await docs.open({ kind: 'team', teamId: team.id })
    const projectDoc = await docs.open({ kind: 'project', teamId: team.id, projectId: project.id })
    expect(contentOf(teamDoc, 'team')).toEqual(await rowsOf(db, 'team', team.id))
    expect(contentOf(projectDoc, 'project')).toEqual(await rowsOf(db, 'project', project.id))
    expect(readRows(projectDoc, table('answers'))).toMatchObject([{ value: 'Termine online' }])
  })

  it('derive again, on opening, the rows a crash cut off, and rewrite none that is right', async () => {
    const { db, repos } = connect('documents-reopen')
    const team = await repos.teams.create('Team')
    const project = await repos.projects.create(team.id, 'Projekt')
    for (const [question, value] of [
      ['eins', 'Eins'],
      ['zwei', 'Zwei'],
      ['drei', 'Drei'],
    ])
      await repos.answers.set(project.id, question, value)
    await docsOf(db).closeAll()
    // The documents were stored, but the rows of two answers were not (a crash in between).
    await db.answers.delete([project.id, 'eins'])
    await db.answers.update([project.id, 'zwei'], { value: 'Zw' })
    const written: string[] = []
    db.answers.hook('creating', (_key, row) => void written.push(row.questionId))
    db.answers.hook('updating', (_changes, _key, row) => void written.push(row.questionId))
    await docsOf(db).open({ kind: 'project', teamId: team.id, projectId: project.id })
    expect(await repos.answers.mapByProject(project.id)).toEqual({ eins: 'Eins', zwei: 'Zwei', drei: 'Drei' })
    expect(written.sort()).toEqual(['eins', 'zwei'])
  })

  it('keep no more than three idle project documents loaded, the ones used last', async () => {
    const { db, repos } = connect('documents-idle')
    const team = await repos.teams.create('Team')
    const docs = docsOf(db)
    const opened: Y.Doc[] = []
    for (let i = 0; i < 6; i++) {
      const project = await repos.projects.create(team.id, `Projekt ${i}`)
      const doc = await docs.open({ kind: 'project', teamId: team.id, projectId: project.id })
      opened.push(doc)
      docs.release(doc)
    }
    await docs.settled(opened[5]!)
    // Unloading waits for the document's derived rows; a task later the providers are let go.
    await new Promise((resolve) => setTimeout(resolve))
    const loaded = opened.map((doc) => (DexieYProvider.for(doc)?.refCount ?? 0) > 0)
    expect(loaded).toEqual([false, false, false, true, true, true])
  })

  it('write the rows of a change that came from elsewhere, and delete what it deleted', async () => {
    const { db, repos } = connect('documents-remote')
    const team = await repos.teams.create('Team')
    const project = await repos.projects.create(team.id, 'Projekt')
    await repos.answers.set(project.id, 'kickoff-titel', 'Termine')
    const docs = docsOf(db)
    const projectDoc = await docs.open({ kind: 'project', teamId: team.id, projectId: project.id })
    // Another device has the same document and appends to the answer.
    const other = new Y.Doc()
    Y.applyUpdate(other, Y.encodeStateAsUpdate(projectDoc))
    const text = (
      other.getMap('answers').get(JSON.stringify([project.id, 'kickoff-titel'])) as Y.Map<Y.Text>
    ).get('value')!
    text.insert(text.length, ' online')
    Y.applyUpdate(projectDoc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(projectDoc)), 'remote')
    await docs.settled(projectDoc)
    expect(await repos.answers.mapByProject(project.id)).toEqual({ 'kickoff-titel': 'Termine online' })

    const teamDoc = await docs.open({ kind: 'team', teamId: team.id })
    const otherTeam = new Y.Doc()
    Y.applyUpdate(otherTeam, Y.encodeStateAsUpdate(teamDoc))
    otherTeam.getMap('projects').delete(JSON.stringify([project.id]))
    Y.applyUpdate(teamDoc, Y.encodeStateAsUpdate(otherTeam, Y.encodeStateVector(teamDoc)), 'remote')
    await docs.settled(teamDoc)
    expect(await db.projects.count()).toBe(0)
    expect(await db.answers.count()).toBe(0)
  })

  it('store no record from another device that fails the import checks, nor one under a wrong key', async () => {
    const { db, repos } = connect('documents-crafted')
    const team = await repos.teams.create('Team')
    const project = await repos.projects.create(team.id, 'Projekt')
    await repos.logbook.add({ projectId: project.id, kind: 'note', text: 'Echt' })
    const docs = docsOf(db)
    const doc = await docs.open({ kind: 'project', teamId: team.id, projectId: project.id })
    const other = new Y.Doc()
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc))
    const entry = (fields: Record<string, unknown>) => new Y.Map(Object.entries(fields))
    const base = { projectId: project.id, text: 'x', createdAt: '2026-11-30T10:00:00.000Z' }
    other
      .getMap('logbook')
      .set(JSON.stringify(['bad-kind']), entry({ ...base, id: 'bad-kind', kind: 'bogus' }))
    other.getMap('logbook').set(JSON.stringify(['key']), entry({ ...base, id: 'other-key', kind: 'note' }))
    other
      .getMap('logbook')
      .set(
        JSON.stringify(['foreign']),
        entry({ ...base, id: 'foreign', kind: 'note', projectId: 'elsewhere' }),
      )
    other.getMap('logbook').set(JSON.stringify(['fine']), entry({ ...base, id: 'fine', kind: 'note' }))
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)), 'remote')
    await docs.settled(doc)
    expect((await repos.logbook.listByProject(project.id)).map((e) => e.text).sort()).toEqual(['Echt', 'x'])
    expect(await db.logbook.get('fine')).toBeDefined()
    expect(await db.logbook.count()).toBe(2)
  })

  it('keep both texts when two devices type into the same answer at once', async () => {
    const a = connect('documents-typing-a')
    const team = await a.repos.teams.create('Team')
    const project = await a.repos.projects.create(team.id, 'Projekt')
    await a.repos.answers.set(project.id, 'kickoff-ziele', 'Ziele: ')
    const docA = await docsOf(a.db).open({ kind: 'project', teamId: team.id, projectId: project.id })

    // Device B starts from A's documents (a file, or the sync server).
    const b = connect('documents-typing-b')
    await b.db.teams.add({ ...team })
    const teamA = await docsOf(a.db).open({ kind: 'team', teamId: team.id })
    const teamB = await docsOf(b.db).open({ kind: 'team', teamId: team.id }, { adopt: false })
    Y.applyUpdate(teamB, Y.encodeStateAsUpdate(teamA), 'remote')
    await docsOf(b.db).settled(teamB)
    const docB = await docsOf(b.db).open(
      { kind: 'project', teamId: team.id, projectId: project.id },
      { adopt: false },
    )
    Y.applyUpdate(docB, Y.encodeStateAsUpdate(docA), 'remote')

    const saveA = a.repos.answers.save(project.id, 'kickoff-ziele', 'Ziele: ', 'Ziele: schneller')
    const saveB = b.repos.answers.save(project.id, 'kickoff-ziele', 'Ziele: ', 'Ziele: einfacher')
    expect((await saveA).status).toBe('stored')
    expect((await saveB).status).toBe('stored')
    Y.applyUpdate(docA, Y.encodeStateAsUpdate(docB, Y.encodeStateVector(docA)), 'remote')
    Y.applyUpdate(docB, Y.encodeStateAsUpdate(docA, Y.encodeStateVector(docB)), 'remote')
    await Promise.all([docsOf(a.db).settled(docA), docsOf(b.db).settled(docB)])
    const [fromA, fromB] = await Promise.all([
      a.repos.answers.mapByProject(project.id),
      b.repos.answers.mapByProject(project.id),
    ])
    expect(fromA).toEqual(fromB)
    expect(fromA['kickoff-ziele']).toMatch(/^Ziele: /)
    expect(fromA['kickoff-ziele']).toContain('schneller')
    expect(fromA['kickoff-ziele']).toContain('einfacher')
  })

  it('keep both first answers when two devices answer the same new question at once', async () => {
    const { a, b, project, exchange } = await twoDevices('documents-first')

    // Neither device has an answer to this question yet; both give one before they hear of the other.
    await a.repos.answers.set(project.id, 'kickoff-ziele', 'schneller')
    await b.repos.answers.set(project.id, 'kickoff-ziele', 'einfacher')
    await exchange()
    const merged = (await a.repos.answers.mapByProject(project.id))['kickoff-ziele'] as string
    expect(merged).toContain('schneller')
    expect(merged).toContain('einfacher')
    expect(await b.repos.answers.mapByProject(project.id)).toEqual({ 'kickoff-ziele': merged })
  })

  it('keep one prefilled answer when two devices prefill it at once', async () => {
    const { a, b, project, exchange } = await twoDevices('documents-prefill')

    expect(await a.repos.answers.prefill(project.id, 'kickoff-titel', 'Projekt')).toBe(true)
    expect(await b.repos.answers.prefill(project.id, 'kickoff-titel', 'Projekt')).toBe(true)
    await exchange()
    expect(await a.repos.answers.mapByProject(project.id)).toEqual({ 'kickoff-titel': 'Projekt' })
    expect(await b.repos.answers.mapByProject(project.id)).toEqual({ 'kickoff-titel': 'Projekt' })
  })

  it('are filled the same way on two devices that hold the same rows, so merging doubles nothing', async () => {
    const [fixture] = fixtures.slice(-1)
    const devices = await Promise.all(
      ['same-a', 'same-b'].map(async (name) => {
        const { db } = connect(`documents-${name}`)
        await db.transaction('rw', db.tables, async () => {
          for (const [t, rows] of Object.entries(fixture!.records))
            if (!t.startsWith('$')) await db.table(t).bulkAdd(rows.map((r) => ({ ...r })))
        })
        return docsOf(db).open({ kind: 'project', teamId: 't1', projectId: 'p1' })
      }),
    )
    const [a, b] = devices as [Y.Doc, Y.Doc]
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b), 'remote')
    expect(contentOf(a, 'project')).toEqual(contentOf(b, 'project'))
    expect(Y.encodeStateVector(a)).toEqual(Y.encodeStateVector(b))
  })
})
