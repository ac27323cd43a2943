/**
 * Export format 3 (issue #21): two devices hand a team back and forth as files and merge them, as
 * the sync server would; both end with the same documents and the same rows, nothing lost.
 */
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { type Repositories } from '../../../src/db'
import { canonical } from '../../../src/db/document-check'
import { docsOf, type DocRef } from '../../../src/db/docs'
import { canMerge, createExport, planImport, readExport, type ExportScope } from '../../../src/lib/transfer'
import { TEAM_TABLES } from '../../../src/model'
import { connect, type Device } from './devices'

async function exportFile(repos: Repositories, scope: ExportScope, id: string): Promise<string> {
  const found = (await repos.transfer.collectWithDocuments(scope, id))!
  return JSON.stringify(createExport(scope, id, found.data, '0.1.0', undefined, found.documents), null, 1)
}

/** Reads a file as the data page does; merges it when it can, else adds it. */
async function importFile(repos: Repositories, json: string) {
  const doc = await readExport(json)
  repos.transfer.checkDocuments(doc)
  const local = await repos.transfer.findMatches(doc.data)
  if (canMerge(doc, local)) {
    const preview = await repos.transfer.previewMerge(doc)
    await repos.transfer.merge(doc)
    return preview
  }
  await repos.transfer.apply(planImport(doc, local, 'replace', () => crypto.randomUUID()))
  return null
}

/** A team's rows on a device, table by table, sorted, as JSON. */
async function rowsOf(device: Device, teamId: string) {
  const data = (await device.repos.transfer.collectTeam(teamId))!
  return Object.fromEntries(
    TEAM_TABLES.map((t) => [
      t.name,
      (data as unknown as Record<string, unknown[]>)[t.name]!.map((r) => canonical(r)).sort(),
    ]),
  )
}

async function stateVector(device: Device, ref: DocRef) {
  const docs = docsOf(device.db)
  const doc = await docs.open(ref)
  const vector = Y.encodeStateVector(doc)
  docs.release(doc)
  return vector
}

const answerOf = async (device: Device, projectId: string, questionId: string) =>
  (await device.repos.answers.mapByProject(projectId))[questionId]

describe('export format 3: merging files of two devices', () => {
  it('ends with the same documents and rows on both, with the edits of both', async () => {
    const a = connect('merge-a')
    const team = await a.repos.teams.create('Team Wärmeschutz')
    const project = await a.repos.projects.create(team.id, 'Terminvergabe')
    await a.repos.answers.set(project.id, 'kickoff-ziele', 'Ziele: ')
    const teamRef: DocRef = { kind: 'team', teamId: team.id }
    const projectRef: DocRef = { kind: 'project', teamId: team.id, projectId: project.id }

    // B starts from A's file: a team new there is added, its documents taken from the file.
    const b = connect('merge-b')
    expect(await importFile(b.repos, await exportFile(a.repos, 'team', team.id))).toBeNull()
    expect(await rowsOf(b, team.id)).toEqual(await rowsOf(a, team.id))
    expect(await stateVector(b, projectRef)).toEqual(await stateVector(a, projectRef))

    // Both edit: A the end of the answer; B its start and the logbook.
    await a.repos.answers.save(project.id, 'kickoff-ziele', 'Ziele: ', 'Ziele: schneller buchen')
    await b.repos.answers.save(project.id, 'kickoff-ziele', 'Ziele: ', 'Unsere Ziele: ')
    await b.repos.logbook.add({ projectId: project.id, kind: 'note', text: 'Raum gebucht' })

    // B's file to A: the preview counts what changes, the merge keeps both edits.
    const fromB = await importFile(a.repos, await exportFile(b.repos, 'team', team.id))
    expect(fromB?.changes).toEqual(
      expect.arrayContaining([
        { table: 'answers', added: 0, changed: 1, removed: 0 },
        { table: 'logbook', added: 1, changed: 0, removed: 0 },
      ]),
    )
    expect(await answerOf(a, project.id, 'kickoff-ziele')).toBe('Unsere Ziele: schneller buchen')

    // A's file back to B.
    await importFile(b.repos, await exportFile(a.repos, 'team', team.id))

    for (const device of [a, b]) {
      expect(await answerOf(device, project.id, 'kickoff-ziele')).toBe('Unsere Ziele: schneller buchen')
      expect((await device.db.logbook.toArray()).map((e) => e.text)).toEqual(['Raum gebucht'])
    }
    expect(await rowsOf(b, team.id)).toEqual(await rowsOf(a, team.id))
    expect(await stateVector(b, teamRef)).toEqual(await stateVector(a, teamRef))
    expect(await stateVector(b, projectRef)).toEqual(await stateVector(a, projectRef))
  })

  it('says nothing changes when the file holds nothing new', async () => {
    const a = connect('merge-same')
    const team = await a.repos.teams.create('Team')
    const project = await a.repos.projects.create(team.id, 'Projekt')
    await a.repos.answers.set(project.id, 'kickoff-titel', 'Titel')
    const before = await rowsOf(a, team.id)
    expect(await importFile(a.repos, await exportFile(a.repos, 'team', team.id))).toEqual({
      changes: [],
      separate: false,
    })
    expect(await rowsOf(a, team.id)).toEqual(before)
  })

  it('brings a project new to this device with the team, and removes only what the other side removed', async () => {
    const a = connect('merge-new-project-a')
    const team = await a.repos.teams.create('Team')
    const first = await a.repos.projects.create(team.id, 'Erstes')
    const note = await a.repos.logbook.add({ projectId: first.id, kind: 'note', text: 'weg damit' })
    const b = connect('merge-new-project-b')
    await importFile(b.repos, await exportFile(a.repos, 'team', team.id))

    const second = await a.repos.projects.create(team.id, 'Zweites')
    await a.repos.answers.set(second.id, 'kickoff-titel', 'Neu')
    await a.repos.logbook.remove(note.id)
    await b.repos.logbook.add({ projectId: first.id, kind: 'note', text: 'bleibt' })

    const preview = await importFile(b.repos, await exportFile(a.repos, 'team', team.id))
    expect(preview?.changes).toEqual(
      expect.arrayContaining([
        { table: 'projects', added: 1, changed: 0, removed: 0 },
        { table: 'answers', added: 1, changed: 0, removed: 0 },
        { table: 'logbook', added: 0, changed: 0, removed: 1 },
      ]),
    )
    expect(await answerOf(b, second.id, 'kickoff-titel')).toBe('Neu')
    expect((await b.db.logbook.toArray()).map((e) => e.text)).toEqual(['bleibt'])
  })

  it('merges a project export into the project, taking its row only where it is newer', async () => {
    const a = connect('merge-project-a')
    const team = await a.repos.teams.create('Team')
    const project = await a.repos.projects.create(team.id, 'Projekt')
    const b = connect('merge-project-b')
    await importFile(b.repos, await exportFile(a.repos, 'team', team.id))

    await a.repos.answers.set(project.id, 'kickoff-titel', 'Von A')
    await b.repos.logbook.add({ projectId: project.id, kind: 'note', text: 'Von B' })
    const file = await exportFile(a.repos, 'project', project.id)
    expect(Object.keys(JSON.parse(file).documents)).toEqual([`team/${team.id}/project/${project.id}`])
    await importFile(b.repos, file)
    expect(await answerOf(b, project.id, 'kickoff-titel')).toBe('Von A')
    expect((await b.db.logbook.toArray()).map((e) => e.text)).toEqual(['Von B'])
    expect((await b.db.projects.get(project.id))?.updatedAt).toBe(
      (await a.db.projects.get(project.id))?.updatedAt,
    )
  })

  it('offers no merge between documents that began apart (a team handed over with a format-2 file)', async () => {
    const a = connect('merge-apart-a')
    const team = await a.repos.teams.create('Team')
    const project = await a.repos.projects.create(team.id, 'Projekt')
    await a.repos.answers.set(project.id, 'kickoff-titel', 'Von A')
    const v3 = JSON.parse(await exportFile(a.repos, 'team', team.id)) as Record<string, unknown>
    delete v3.documents
    const b = connect('merge-apart-b')
    await importFile(b.repos, JSON.stringify({ ...v3, formatVersion: 2 }))

    const doc = await readExport(await exportFile(a.repos, 'team', team.id))
    b.repos.transfer.checkDocuments(doc)
    expect(canMerge(doc, await b.repos.transfer.findMatches(doc.data))).toBe(true)
    expect((await b.repos.transfer.previewMerge(doc)).separate).toBe(true)
  })

  it('imports a file of format 2 from its rows, as before, and offers no merge', async () => {
    const a = connect('merge-v2')
    const team = await a.repos.teams.create('Team')
    await a.repos.projects.create(team.id, 'Projekt')
    const v3 = JSON.parse(await exportFile(a.repos, 'team', team.id)) as Record<string, unknown>
    delete v3.documents
    const doc = await readExport(JSON.stringify({ ...v3, formatVersion: 2 }))
    expect(doc.formatVersion).toBe(3)
    expect(doc.documents).toBeUndefined()
    expect(canMerge(doc, await a.repos.transfer.findMatches(doc.data))).toBe(false)
  })
})
