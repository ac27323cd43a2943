/**
 * Which records of an import already exist on this device, with the team and project each belongs
 * to here: what the import preview lists, and what applying checks again in its transaction.
 */
import type { IndexableType } from 'dexie'
import type Dexie from 'dexie'
import type { ExistingRecord } from '@/lib/transfer/plan'
import {
  PROJECT_ROOT,
  TEAM_ROOT,
  recordLabel,
  rowKey,
  type AnyTeamData,
  type TeamTable,
  type TeamTableName,
} from '@/model'

type Row = Record<string, unknown>

const keyOf = (table: TeamTable, row: Row) =>
  (table.key.length === 1
    ? row[table.key[0] as string]
    : table.key.map((field) => row[field])) as IndexableType

const unique = (values: unknown[]) => [...new Set(values.filter((v): v is string => typeof v === 'string'))]

async function byId(db: Dexie, table: string, ids: string[]): Promise<Map<string, Row>> {
  const rows = (await db.table(table).bulkGet(ids)) as (Row | undefined)[]
  return new Map(rows.flatMap((row) => (row ? [[row.id as string, row]] : [])))
}

/** Every existing row that has the key of a row in `data`. Run it inside a transaction. */
export async function existingRecords(
  db: Dexie,
  data: AnyTeamData,
  tables: readonly TeamTable[],
): Promise<ExistingRecord[]> {
  const found: { table: TeamTable; row: Row }[] = []
  for (const table of tables) {
    const rows = data[table.name] ?? []
    if (!rows.length) continue
    const existing = (await db.table(table.name).bulkGet(rows.map((row) => keyOf(table, row)))) as (
      Row | undefined
    )[]
    for (const row of existing) if (row) found.push({ table, row })
  }
  if (!found.length) return []

  // Where each record lives here: its project (for project rows and workshops) and its team.
  const projectOf = ({ table, row }: (typeof found)[number]) =>
    (table.name === PROJECT_ROOT
      ? row.id
      : table.owner === 'project'
        ? row[table.ownerField]
        : table.projectField
          ? row[table.projectField]
          : null) as string | null
  const projects = await byId(db, PROJECT_ROOT, unique(found.map(projectOf)))
  const teamOf = (entry: (typeof found)[number]) => {
    const { table, row } = entry
    if (table.owner === 'team') return row[table.ownerField] as string
    return (projects.get(projectOf(entry) ?? '')?.teamId as string | undefined) ?? ''
  }
  const teams = await byId(db, TEAM_ROOT, unique(found.map(teamOf)))

  return found.map((entry) => {
    const projectId = projectOf(entry)
    const teamId = teamOf(entry)
    const project = projectId ? projects.get(projectId) : undefined
    const isRoot = entry.table.name === TEAM_ROOT || entry.table.name === PROJECT_ROOT
    // An automatic logbook entry has no words of its own: its id would be all the preview could say.
    const automatic = entry.table.name === 'logbook' && !String(entry.row.text ?? '').trim()
    return {
      table: entry.table.name as TeamTableName,
      key: rowKey(entry.table, entry.row),
      label: automatic ? '' : recordLabel(entry.row),
      ...(automatic && { writtenAt: String(entry.row.createdAt) }),
      teamId,
      projectId,
      owner: isRoot ? '' : recordLabel(project ?? teams.get(teamId)),
    }
  })
}
