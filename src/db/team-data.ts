/**
 * Reading, writing and deleting a team's or a project's rows, table by table as the registry in
 * `@/model/team-tables` declares them. Export, import, delete and its undo all go through these
 * functions, so a table added to the registry is handled everywhere at once. Callers run them
 * inside one transaction over `tablesOf(db, tables)`.
 */
import type Dexie from 'dexie'
import { PROJECT_ROOT, TEAM_ROOT, emptyTeamData, type AnyTeamData, type TeamTable } from '@/model'

type Row = Record<string, unknown>

/** y-dexie's tables of document updates (schema version 5), keyed by the team's or project's id. */
export const TEAM_DOC_UPDATES = '$teams.doc_updates'
export const PROJECT_DOC_UPDATES = '$projects.doc_updates'

/** The tables a team's data lives in: its rows' tables and its documents' update tables. */
export function tablesOf(db: Dexie, tables: readonly TeamTable[]) {
  return [...tables.map((t) => db.table(t.name)), db.table(TEAM_DOC_UPDATES), db.table(PROJECT_DOC_UPDATES)]
}

/** Deletes the stored documents of teams and projects (whose rows are deleted with them). */
async function purgeDocuments(db: Dexie, teamIds: string[], projectIds: string[]) {
  if (teamIds.length) await db.table(TEAM_DOC_UPDATES).where('k').anyOf(teamIds).delete()
  if (projectIds.length) await db.table(PROJECT_DOC_UPDATES).where('k').anyOf(projectIds).delete()
}

const rowsOf = (db: Dexie, table: string, field: string, value: string): Promise<Row[]> =>
  db.table(table).where(field).equals(value).toArray()

/** A team with everything that belongs to it; null when there is no such team. */
export async function readTeam(db: Dexie, teamId: string, tables: readonly TeamTable[]) {
  const team = (await db.table(TEAM_ROOT).get(teamId)) as Row | undefined
  if (!team) return null
  const out = emptyTeamData(tables)
  const teamTables = tables.filter((t) => t.owner === 'team' && t.name !== TEAM_ROOT)
  out[TEAM_ROOT] = [team]
  await Promise.all(
    teamTables.map(async (t) => (out[t.name] = await rowsOf(db, t.name, t.ownerField, teamId))),
  )
  const projectIds = (out[PROJECT_ROOT] ?? []).map((p) => p.id as string)
  // One indexed read per project, all in flight together: anyOf() walks a cursor, one round trip
  // per record (thousands for a team's answers).
  await Promise.all(
    tables
      .filter((t) => t.owner === 'project')
      .map(async (t) => {
        const perProject = await Promise.all(projectIds.map((id) => rowsOf(db, t.name, t.ownerField, id)))
        out[t.name] = perProject.flat()
      }),
  )
  return out
}

/**
 * A project with its own rows and the team rows planned for it (workshops); its team travels along
 * to give it a home. Null when there is no such project or team.
 */
export async function readProject(db: Dexie, projectId: string, tables: readonly TeamTable[]) {
  const project = (await db.table(PROJECT_ROOT).get(projectId)) as Row | undefined
  const team = project && ((await db.table(TEAM_ROOT).get(project.teamId as string)) as Row | undefined)
  if (!project || !team) return null
  const out = emptyTeamData(tables)
  await Promise.all(
    tables.map(async (t) => {
      if (t.name === TEAM_ROOT) out[t.name] = [team]
      else if (t.name === PROJECT_ROOT) out[t.name] = [project]
      else if (t.owner === 'project') out[t.name] = await rowsOf(db, t.name, t.ownerField, projectId)
      else if (t.projectField) out[t.name] = await rowsOf(db, t.name, t.projectField, projectId)
    }),
  )
  return out
}

/** Puts every row as it is, replacing rows with the same key. */
export async function writeData(db: Dexie, data: AnyTeamData, tables: readonly TeamTable[]) {
  for (const t of tables) {
    const rows = data[t.name]
    if (rows?.length) await db.table(t.name).bulkPut(rows)
  }
}

/** Deletes a project with its own rows and the team rows planned for it. */
export async function deleteProject(db: Dexie, projectId: string, tables: readonly TeamTable[]) {
  for (const t of tables) {
    if (t.owner === 'project') await db.table(t.name).where(t.ownerField).equals(projectId).delete()
    else if (t.projectField) await db.table(t.name).where(t.projectField).equals(projectId).delete()
  }
  await db.table(PROJECT_ROOT).delete(projectId)
  await purgeDocuments(db, [], [projectId])
}

/**
 * Deletes a team with its projects and everything else that belongs to it. Rows of its projects
 * go table by table with one anyOf() over all project ids: project by project, a team of 5,000
 * projects took 20,000 requests (13 s in Chromium); this takes one cursor pass per table (about
 * 1.5 s, most of it the deletes themselves).
 */
export async function deleteTeam(db: Dexie, teamId: string, tables: readonly TeamTable[]) {
  const projects = tables.find((t) => t.name === PROJECT_ROOT)
  const projectIds = projects
    ? ((await db.table(PROJECT_ROOT).where(projects.ownerField).equals(teamId).primaryKeys()) as string[])
    : []
  if (projectIds.length) {
    for (const t of tables) {
      if (t.owner === 'project') await db.table(t.name).where(t.ownerField).anyOf(projectIds).delete()
      else if (t.projectField) await db.table(t.name).where(t.projectField).anyOf(projectIds).delete()
    }
    await db.table(PROJECT_ROOT).bulkDelete(projectIds)
  }
  for (const t of tables) {
    if (t.owner === 'team' && t.name !== TEAM_ROOT) {
      await db.table(t.name).where(t.ownerField).equals(teamId).delete()
    }
  }
  await db.table(TEAM_ROOT).delete(teamId)
  await purgeDocuments(db, [teamId], projectIds)
}
