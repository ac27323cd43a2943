/**
 * What an import will do, worked out before anything is written: the preview the user confirms,
 * and the exact records and deletions the database applies in one transaction.
 */
import { TEAM_ROOT, TEAM_TABLES, emptyTeamData, type AnyTeamData, type TeamTable } from '@/model'
import { EXPORT_TABLES, type ExportData, type ExportDocument, type ExportTable } from './format'

export type ImportMode = 'copy' | 'replace'

/** What already exists on this device under the ids of the document. */
export interface LocalMatches {
  teams: { id: string; name: string }[]
  projects: { id: string; title: string; teamId: string }[]
}

export interface ImportPreview {
  scope: ExportDocument['scope']
  /** Name of the exported team, or title of the exported project. */
  name: string
  teamName: string
  exportedAt: string
  appVersion: string
  counts: Record<ExportTable, number>
  /** Records on this device that "replace" would overwrite. */
  replaces: LocalMatches
}

export interface ImportPlan {
  /** Teams removed with everything that belongs to them before writing. */
  deleteTeams: string[]
  /** Projects removed with their answers, step states, logbook and workshops before writing. */
  deleteProjects: string[]
  data: ExportData
}

export function previewImport(doc: ExportDocument, local: LocalMatches): ImportPreview {
  const team = doc.data.teams[0]
  const root = doc.scope === 'team' ? team?.name : doc.data.projects.find((p) => p.id === doc.rootId)?.title
  const counts = Object.fromEntries(
    EXPORT_TABLES.map((t) => [t, doc.data[t].length]),
  ) as ImportPreview['counts']
  // A project export carries its team only so that it has a home; an existing team is kept.
  const replaces =
    doc.scope === 'team' ? local : { teams: [], projects: local.projects.filter((p) => p.id === doc.rootId) }
  return {
    scope: doc.scope,
    name: root ?? '',
    teamName: team?.name ?? '',
    exportedAt: doc.exportedAt,
    appVersion: doc.appVersion,
    counts,
    replaces,
  }
}

/**
 * The document with every row given a new id and every reference rewritten to match (the registry
 * says which fields refer to which table), so a copy can never change a record on this device.
 */
function withNewIds(
  doc: ExportDocument,
  local: LocalMatches,
  newId: () => string,
  tables: readonly TeamTable[],
): ExportData {
  const ids = new Map<string, string>()
  const map = (id: string) => {
    const known = ids.get(id)
    if (known !== undefined) return known
    const fresh = newId()
    ids.set(id, fresh)
    return fresh
  }
  // A project copied into a team that exists here joins that team instead of bringing a new one.
  const home = doc.scope === 'project' && local.teams.length > 0 ? doc.data.teams[0] : undefined
  if (home) ids.set(home.id, home.id)
  const data = doc.data as unknown as AnyTeamData
  const out = emptyTeamData(tables)
  for (const table of tables) {
    if (home && table.name === TEAM_ROOT) continue
    const ownId = table.key.length === 1 && table.key[0] === 'id'
    out[table.name] = (data[table.name] ?? []).map((row) => {
      const copy = { ...row }
      if (ownId) copy.id = map(row.id as string)
      for (const field of Object.keys(table.refs)) {
        const value = copy[field]
        if (typeof value === 'string') copy[field] = map(value)
      }
      return copy
    })
  }
  return out as unknown as ExportData
}

export function planImport(
  doc: ExportDocument,
  local: LocalMatches,
  mode: ImportMode,
  newId: () => string,
  tables: readonly TeamTable[] = TEAM_TABLES,
): ImportPlan {
  if (mode === 'copy') {
    return { deleteTeams: [], deleteProjects: [], data: withNewIds(doc, local, newId, tables) }
  }
  if (doc.scope === 'team') {
    return { deleteTeams: local.teams.map((t) => t.id), deleteProjects: [], data: doc.data }
  }
  const teamExists = local.teams.length > 0
  return {
    deleteTeams: [],
    deleteProjects: [doc.rootId],
    data: { ...doc.data, teams: teamExists ? [] : doc.data.teams },
  }
}
