/**
 * What an import will do, worked out before anything is written: the preview the user confirms,
 * and the exact records and deletions the database applies in one transaction. Nothing that exists
 * on the device changes without being listed in the preview and confirmed.
 */
import {
  PROJECT_ROOT,
  TEAM_ROOT,
  TEAM_TABLES,
  emptyTeamData,
  type AnyTeamData,
  type TeamTable,
  type TeamTableName,
} from '@/model'
import { EXPORT_TABLES, type ExportData, type ExportDocument, type ExportTable } from './format'

/**
 * `merge` (format 3, issue #21): the file's documents are merged into this device's documents of
 * the same team or project, as the sync server would; nothing here is lost.
 */
export type ImportMode = 'copy' | 'replace' | 'merge'

/** A record on this device that carries the key of a record in the import. */
export interface ExistingRecord {
  table: TeamTableName
  /** Its key, as `rowKey` writes it. */
  key: string
  /** Its name, title or the start of its text, for the preview; empty for an automatic logbook entry. */
  label: string
  /** When an automatic logbook entry (which has no text of its own) was written, to name it by. */
  writtenAt?: string
  /** The team it belongs to on this device, and its project where it has one. */
  teamId: string
  projectId: string | null
  /** The name of the team or the title of the project it belongs to, for the preview. */
  owner: string
}

/** Everything on this device that carries a key of the import, read in one transaction. */
export interface LocalMatches {
  records: ExistingRecord[]
}

export interface ImportPreview {
  scope: ExportDocument['scope']
  /** Name of the exported team, or title of the exported project. */
  name: string
  teamName: string
  exportedAt: string
  appVersion: string
  counts: Record<ExportTable, number>
  /** The team or project on this device that "replace" removes, with everything in it, before writing. */
  replaces: ExistingRecord[]
  /** Other records on this device that "replace" would overwrite: their keys are in the import too. */
  overwrites: ExistingRecord[]
  /** What a merge would change on this device; null when the file cannot be merged (see `canMerge`). */
  merge?: MergeSummary | null
}

/** How many rows of one table a merge adds, changes and removes on this device. */
export interface MergeCount {
  table: TeamTableName
  added: number
  changed: number
  removed: number
}

/** What a merge changes, table by table (only tables with a change); empty when nothing changes. */
export interface MergeSummary {
  changes: MergeCount[]
  /**
   * The file's documents and this device's began apart (each filled from rows, as after handing a
   * team over with a file of format 1 or 2): a merge would keep only one side's version of every
   * record both hold, so it is not offered until one side took the other's file in whole.
   */
  separate: boolean
}

export interface ImportPlan {
  /** Teams removed with everything that belongs to them before writing. */
  deleteTeams: string[]
  /** Projects removed with their answers, step states, logbook and workshops before writing. */
  deleteProjects: string[]
  data: ExportData
  /**
   * The existing records (`matchKey`) that `data` overwrites, as the preview showed them. Applying
   * checks in its transaction that exactly these exist, so a record added meanwhile (in another
   * tab) is never overwritten unseen. Empty for a copy: a copy changes nothing that exists.
   */
  expected: string[]
  /** The team on this device a project joins; it must still exist when the plan is applied. */
  homeTeamId: string | null
  /**
   * The file's documents (format 3), written as this device's documents of the imported team and
   * projects, so their history is shared and later files merge. A copy has none (its ids are new).
   */
  documents?: Record<string, string>
}

export const matchKey = (record: Pick<ExistingRecord, 'table' | 'key'>) =>
  `${record.table}\u0001${record.key}`

/** Whether an existing record lies inside the team or project that "replace" removes as a whole. */
function insideRoot(doc: ExportDocument, record: ExistingRecord): boolean {
  if (doc.scope === 'team') return record.teamId === doc.rootId
  return record.projectId === doc.rootId
}

/** Splits the matches into the replaced root (with what is in it) and other records overwritten. */
function classify(doc: ExportDocument, local: LocalMatches) {
  const rootTable = doc.scope === 'team' ? TEAM_ROOT : PROJECT_ROOT
  const replaces: ExistingRecord[] = []
  const overwrites: ExistingRecord[] = []
  /** The home team of a project export: when it exists here, the project joins it unchanged. */
  const homeTeam = doc.scope === 'project' ? local.records.find((r) => r.table === TEAM_ROOT) : undefined
  for (const record of local.records) {
    if (record.table === rootTable && record.key === doc.rootId) replaces.push(record)
    else if (record === homeTeam || insideRoot(doc, record)) continue
    else overwrites.push(record)
  }
  return { replaces, overwrites, homeTeam }
}

/**
 * Whether a file can be merged into this device: it carries documents (format 3), its team (for a
 * project: its project, in the same team) is here, and none of its records is a record of another
 * team or project here, whose documents a merge would not reach.
 */
export function canMerge(doc: ExportDocument, local: LocalMatches): boolean {
  if (!doc.documents) return false
  const { replaces, overwrites } = classify(doc, local)
  const root = replaces[0]
  if (!root || overwrites.length) return false
  return doc.scope === 'team' || root.teamId === doc.data.teams[0]?.id
}

export function previewImport(doc: ExportDocument, local: LocalMatches): ImportPreview {
  const team = doc.data.teams[0]
  const root = doc.scope === 'team' ? team?.name : doc.data.projects.find((p) => p.id === doc.rootId)?.title
  const counts = Object.fromEntries(
    EXPORT_TABLES.map((t) => [t, doc.data[t].length]),
  ) as ImportPreview['counts']
  const { replaces, overwrites } = classify(doc, local)
  return {
    scope: doc.scope,
    name: root ?? '',
    teamName: team?.name ?? '',
    exportedAt: doc.exportedAt,
    appVersion: doc.appVersion,
    counts,
    replaces,
    overwrites,
  }
}

/** Whether applying "replace" would change anything that exists, so it must be confirmed first. */
export const changesExisting = (preview: ImportPreview) =>
  preview.replaces.length > 0 || preview.overwrites.length > 0

/**
 * The document with every row given a new id and every reference rewritten to match (the registry
 * says which fields refer to which table), so a copy can never change a record on this device.
 */
function withNewIds(
  doc: ExportDocument,
  homeTeam: ExistingRecord | undefined,
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
  if (homeTeam) ids.set(homeTeam.key, homeTeam.key)
  const data = doc.data as unknown as AnyTeamData
  const out = emptyTeamData(tables)
  for (const table of tables) {
    if (homeTeam && table.name === TEAM_ROOT) continue
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

/** Writing back what was just deleted (undo): nothing may exist under its keys. */
export const restorePlan = (data: ExportData): ImportPlan => ({
  deleteTeams: [],
  deleteProjects: [],
  data,
  expected: [],
  homeTeamId: null,
})

export function planImport(
  doc: ExportDocument,
  local: LocalMatches,
  mode: Exclude<ImportMode, 'merge'>,
  newId: () => string,
  tables: readonly TeamTable[] = TEAM_TABLES,
): ImportPlan {
  const { replaces, overwrites, homeTeam } = classify(doc, local)
  if (mode === 'copy') {
    return {
      deleteTeams: [],
      deleteProjects: [],
      data: withNewIds(doc, homeTeam, newId, tables),
      expected: [],
      homeTeamId: homeTeam?.key ?? null,
    }
  }
  // A team or project that the import overwrites goes as a whole, so none of its old records stay
  // attached to the imported one.
  const wholes = [...replaces, ...overwrites]
  return {
    deleteTeams: wholes.filter((r) => r.table === TEAM_ROOT).map((r) => r.key),
    deleteProjects: wholes.filter((r) => r.table === PROJECT_ROOT).map((r) => r.key),
    data: homeTeam ? { ...doc.data, teams: [] } : doc.data,
    expected: local.records.filter((r) => r !== homeTeam).map(matchKey),
    homeTeamId: homeTeam?.key ?? null,
    ...(doc.documents ? { documents: doc.documents } : {}),
  }
}
