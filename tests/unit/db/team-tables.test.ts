import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { HandbookDatabase, createRepositories } from '../../../src/db'
import { createExport, planImport, restorePlan, type ExportData } from '../../../src/lib/transfer'
import { TEAM_TABLES, type TeamTable } from '../../../src/model'

/** A database with one more team table, as a later version of the app might add. */
class WithNotes extends HandbookDatabase {
  constructor(name: string) {
    super(name)
    this.version(3).stores({ notes: 'id, projectId' })
  }
}

const NOTES: TeamTable = {
  name: 'notes',
  owner: 'project',
  ownerField: 'projectId',
  key: ['id'],
  refs: { projectId: 'projects' },
}
const REGISTRY = [...TEAM_TABLES, NOTES]

const open: Dexie[] = []
afterEach(async () => {
  for (const db of open.splice(0)) {
    db.close()
    await Dexie.delete(db.name)
  }
})

async function setup() {
  const db = new WithNotes(`notes-${crypto.randomUUID()}`)
  open.push(db)
  const repos = createRepositories(db, REGISTRY)
  const team = await repos.teams.create('Team Stadtgrün')
  const project = await repos.projects.create(team.id, 'Baumkataster')
  const other = await repos.projects.create(team.id, 'Parkraum')
  const notes = db.table('notes')
  await notes.bulkAdd([
    { id: 'note-1', projectId: project.id, text: 'Linden zählen' },
    { id: 'note-2', projectId: other.id, text: 'Anwohnende fragen' },
  ])
  return { db, repos, team, project, notes }
}

const texts = async (table: Dexie.Table) => (await table.toArray()).map((n) => n.text).sort()

describe('the team-table registry', () => {
  it('takes a new table through export, delete, undo and import without any other change', async () => {
    const { repos, team, project, notes } = await setup()

    // Exported with its team, and with its project.
    const teamData = (await repos.transfer.collectTeam(team.id)) as unknown as Record<string, unknown[]>
    expect((teamData.notes as { text: string }[]).map((n) => n.text).sort()).toEqual([
      'Anwohnende fragen',
      'Linden zählen',
    ])
    const projectData = (await repos.transfer.collectProject(project.id)) as unknown as Record<
      string,
      unknown[]
    >
    expect(projectData.notes).toEqual([{ id: 'note-1', projectId: project.id, text: 'Linden zählen' }])

    // Deleted with its project, and with its team.
    await repos.transfer.removeProject(project.id)
    expect(await texts(notes)).toEqual(['Anwohnende fragen'])
    await repos.transfer.removeTeam(team.id)
    expect(await notes.count()).toBe(0)

    // Undo of the team's deletion puts it back as it was.
    await repos.transfer.apply(restorePlan(teamData as unknown as ExportData))
    expect(await texts(notes)).toEqual(['Anwohnende fragen', 'Linden zählen'])

    // Imported as a copy: new ids, the reference to the project rewritten to the copy's.
    const doc = createExport('team', team.id, teamData as unknown as ExportData, '0.1.0')
    let n = 0
    const plan = planImport(doc, { records: [] }, 'copy', () => `copy-${++n}`, REGISTRY)
    await repos.transfer.apply(plan)
    const copies = (await notes.toArray()).filter((note) => String(note.id).startsWith('copy-'))
    expect(copies.map((c) => c.text).sort()).toEqual(['Anwohnende fragen', 'Linden zählen'])
    const copiedProjects = new Set((await repos.projects.listByTeam(plan.data.teams[0]!.id)).map((p) => p.id))
    expect(copies.every((c) => copiedProjects.has(c.projectId as string))).toBe(true)
    expect(await notes.count()).toBe(4)
  })
})
