/**
 * What an import will do, worked out before anything is written: the preview the user confirms,
 * and the exact records and deletions the database applies in one transaction.
 */
import { EXPORT_TABLES, emptyData, type ExportData, type ExportDocument, type ExportTable } from './format'

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

/** The document with every team, project and record given a new id, keeping the links between them. */
function withNewIds(doc: ExportDocument, local: LocalMatches, newId: () => string): ExportData {
  const ids = new Map<string, string>()
  const keepTeam = doc.scope === 'project' && local.teams.length > 0
  const map = (id: string) => {
    if (!ids.has(id)) ids.set(id, newId())
    return ids.get(id)!
  }
  const { data } = doc
  const out = emptyData()
  if (keepTeam && data.teams[0]) ids.set(data.teams[0].id, data.teams[0].id)
  else out.teams = data.teams.map((t) => ({ ...t, id: map(t.id) }))
  out.members = data.members.map((m) => ({ ...m, id: map(m.id), teamId: map(m.teamId) }))
  out.projects = data.projects.map((p) => ({ ...p, id: map(p.id), teamId: map(p.teamId) }))
  out.answers = data.answers.map((a) => ({ ...a, projectId: map(a.projectId) }))
  out.stepStates = data.stepStates.map((s) => ({ ...s, projectId: map(s.projectId) }))
  out.logbook = data.logbook.map((l) => {
    const entry = { ...l, id: map(l.id), projectId: map(l.projectId) }
    // Entries captured in a workshop point to it (a field the workshops feature adds).
    const workshopId = (l as { workshopId?: unknown }).workshopId
    return typeof workshopId === 'string' ? { ...entry, workshopId: map(workshopId) } : entry
  })
  out.favourites = data.favourites.map((f) => ({ ...f, teamId: map(f.teamId) }))
  out.collections = data.collections.map((c) => ({ ...c, id: map(c.id), teamId: map(c.teamId) }))
  out.workshops = data.workshops.map((w) => ({
    ...w,
    id: map(w.id),
    teamId: map(w.teamId),
    projectId: w.projectId === null ? null : map(w.projectId),
  }))
  return out
}

export function planImport(
  doc: ExportDocument,
  local: LocalMatches,
  mode: ImportMode,
  newId: () => string,
): ImportPlan {
  if (mode === 'copy') return { deleteTeams: [], deleteProjects: [], data: withNewIds(doc, local, newId) }
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
