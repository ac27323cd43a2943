/**
 * The checks of export format 3 (issue #21): a file's documents are refused unless they are what
 * its records say, so a crafted file cannot bring rows past the checks or another team's document.
 */
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { putRow } from '../../../src/db/docs/layout'
import { ImportError, createExport, planImport, readExport } from '../../../src/lib/transfer'
import { toBase64 } from '../../../src/lib/transfer/base64'
import { MAX_DOCUMENT_BYTES } from '../../../src/lib/transfer/checks/v3'
import { TEAM_TABLES } from '../../../src/model'
import { connect } from './devices'

type File = ReturnType<typeof createExport> & { documents: Record<string, string> }

/** A real team export of format 3, as a device writes it. */
async function teamFile(name = 'checks') {
  const { repos } = connect(name)
  const team = await repos.teams.create('Team')
  const project = await repos.projects.create(team.id, 'Projekt')
  await repos.answers.set(project.id, 'kickoff-titel', 'Titel')
  const found = (await repos.transfer.collectWithDocuments('team', team.id))!
  const file = createExport('team', team.id, found.data, '0.1.0', undefined, found.documents) as File
  return { file, repos, teamName: `team/${team.id}`, projectName: `team/${team.id}/project/${project.id}` }
}

/** What reading and checking a file refuses, as `ImportError` problem and path. */
async function refusal(file: unknown) {
  const { repos } = connect(`checks-${Math.random()}`)
  try {
    const doc = await readExport(JSON.stringify(file))
    repos.transfer.checkDocuments(doc)
  } catch (err) {
    if (err instanceof ImportError) return { problem: err.problem, path: err.path }
    throw err
  }
  return null
}

/** A document's state with one change made to it. */
function changed(state: string, change: (doc: Y.Doc) => void): string {
  const doc = new Y.Doc()
  Y.applyUpdate(
    doc,
    Uint8Array.from(atob(state), (c) => c.charCodeAt(0)),
  )
  change(doc)
  return toBase64(Y.encodeStateAsUpdate(doc))
}

const table = (name: string) => TEAM_TABLES.find((t) => t.name === name)!

describe('export format 3 checks', () => {
  it('accept the file a device wrote, and import it', async () => {
    const { file } = await teamFile()
    expect(await refusal(file)).toBeNull()
  })

  it('refuse a document that is not base64', async () => {
    const { file, teamName } = await teamFile()
    file.documents[teamName] = 'nicht base64!'
    expect(await refusal(file)).toEqual({ problem: 'not-document', path: `documents.${teamName}` })
  })

  it('refuse base64 that is no Yjs update, or an update that lacks what it builds on', async () => {
    const { file, projectName } = await teamFile()
    file.documents[projectName] = btoa('{"kein":"Yjs"}\u0001\u0002\u0003')
    expect(await refusal(file)).toEqual({ problem: 'not-document', path: `documents.${projectName}` })

    // Only the last change of another document: its parents are missing.
    const other = new Y.Doc()
    other.getMap('answers').set('x', new Y.Map())
    const vector = Y.encodeStateVector(other)
    other.getMap('answers').set('y', new Y.Map())
    file.documents[projectName] = toBase64(Y.encodeStateAsUpdate(other, vector))
    expect((await refusal(file))?.problem).toBe('not-document')
  })

  it("refuse a document of another team, by its name or under the file's own name", async () => {
    const { file, teamName } = await teamFile('checks-own')
    const foreign = await teamFile('checks-foreign')
    expect(
      await refusal({ ...file, documents: { ...file.documents, 'team/fremd': file.documents[teamName] } }),
    ).toEqual({ problem: 'unknown-reference', path: 'documents.team/fremd' })
    expect(
      await refusal({
        ...file,
        documents: { ...file.documents, [teamName]: foreign.file.documents[foreign.teamName] },
      }),
    ).toEqual({ problem: 'not-matching', path: `documents.${teamName}` })
  })

  it('refuse a file that leaves a document out', async () => {
    const { file, projectName } = await teamFile()
    delete file.documents[projectName]
    expect(await refusal(file)).toEqual({ problem: 'missing', path: `documents.${projectName}` })
  })

  it('refuse a document holding a row, a field or a kind of data its records do not', async () => {
    const { file, teamName, projectName } = await teamFile()
    const teamId = teamName.slice('team/'.length)
    const extraRow = changed(file.documents[teamName]!, (doc) =>
      putRow(doc, table('members'), { id: 'm-x', teamId, name: 'Eindringling', role: 'x' }),
    )
    expect(await refusal({ ...file, documents: { ...file.documents, [teamName]: extraRow } })).toEqual({
      problem: 'not-matching',
      path: `documents.${teamName}`,
    })
    const extraField = changed(file.documents[projectName]!, (doc) => {
      for (const entry of doc.getMap('answers').values()) (entry as Y.Map<unknown>).set('geheim', 'x')
    })
    expect(
      (await refusal({ ...file, documents: { ...file.documents, [projectName]: extraField } }))?.problem,
    ).toBe('not-matching')
    const extraRoot = changed(file.documents[projectName]!, (doc) => doc.getText('beiwerk').insert(0, 'x'))
    expect(
      (await refusal({ ...file, documents: { ...file.documents, [projectName]: extraRoot } }))?.problem,
    ).toBe('not-document')
  })

  it('refuse a document larger than the limit before reading it', async () => {
    const { file, teamName } = await teamFile()
    file.documents[teamName] = 'A'.repeat(Math.ceil(MAX_DOCUMENT_BYTES / 3) * 4 + 4)
    expect(await refusal(file)).toEqual({ problem: 'too-long', path: `documents.${teamName}` })
  })

  it('write no documents that were not checked', async () => {
    const { file } = await teamFile('checks-unchecked')
    const doc = await readExport(JSON.stringify(file))
    const other = connect('checks-unchecked-b')
    const plan = planImport(doc, await other.repos.transfer.findMatches(doc.data), 'replace', () => 'x')
    await expect(other.repos.transfer.apply(plan)).rejects.toThrow('not checked')
    expect(await other.db.teams.count()).toBe(0)
  })
})
