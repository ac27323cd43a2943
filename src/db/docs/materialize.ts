/**
 * The one place where Dexie rows are derived from the documents. Every change to a document, from
 * any origin (this tab's write, another tab through y-dexie, another device through the sync
 * server), ends here: the rows it touched are written or deleted, in one transaction per change.
 */
import type { default as Dexie, IndexableType } from 'dexie'
import type * as Y from 'yjs'
import { PROJECT_ROOT, type TeamTable } from '@/model'
import { PROJECT_DOC_UPDATES, TEAM_DOC_UPDATES } from '../team-data'
import { dexieKey, readRow, rowKey, type DocRef } from './layout'
import type { RowCheck } from './row-check'

/** Rows of some tables, as `rowsFor` (adopt.ts) reads them. */
export type TableRows = readonly { table: TeamTable; rows: Record<string, unknown>[] }[]

/** Row keys that changed, by table name. */
export type ChangedKeys = Map<string, Set<string>>

/** Collects the rows a document change touched, from the events of `observeDeep` on a table's map. */
export function changedKeysOf(events: Y.YEvent<Y.AbstractType<unknown>>[], into: Set<string>): void {
  for (const event of events) {
    const [first] = event.path
    if (typeof first === 'string') into.add(first)
    else for (const key of event.keys.keys()) into.add(key)
  }
}

/**
 * Writes the changed rows of a document into Dexie: rows present in the document are put, rows gone
 * from it are deleted. A project deleted from the team document takes its own rows with it.
 */
export async function materialize(
  db: Dexie,
  doc: Y.Doc,
  ref: DocRef,
  changed: ChangedKeys,
  tables: readonly TeamTable[],
  check?: RowCheck,
  /**
   * Leaves rows that already read the same alone (a document being opened, see materializeAll):
   * compared with the stored rows, or with `known` rows when the caller has just read them.
   */
  onlyDiffering: false | { known?: TableRows } = false,
): Promise<void> {
  // What to write is read from the document first, synchronously, so the transaction below locks
  // only the tables it writes: an answer and its project's edit time are derived side by side.
  const plan = tables.flatMap((table) => {
    const keys = changed.get(table.name)
    if (!keys?.size) return []
    const puts: Record<string, unknown>[] = []
    const deletes: IndexableType[] = []
    for (const key of keys) {
      const row = readRow(doc, table, key)
      // Only a key gone from the document deletes its row; an entry that cannot be read (a
      // crafted document, or a second copy of Yjs in the page) leaves the row alone.
      if (!row) {
        if (!doc.getMap(table.name).has(key)) deletes.push(dexieKey(key))
      } else if (rowKey(table, row) !== key || !belongs(row, table, ref)) continue
      else if (!check || check(table, row)) puts.push(row)
      else console.warn(`A ${table.name} record from another device failed its check and was not stored`)
    }
    return puts.length || deletes.length ? [{ table, puts, deletes }] : []
  })
  if (!plan.length) return
  const deletesProjects = plan.some((p) => p.table.name === PROJECT_ROOT && p.deletes.length)
  const locked = new Set(plan.map((p) => p.table.name))
  if (deletesProjects) for (const t of tables) if (t.owner === 'project') locked.add(t.name)
  // y-dexie stores the document's update in a transaction of its own, begun when the change was
  // made, before this one. Taking its table too makes IndexedDB run this transaction after that
  // one has committed: a write counts as done (`DocStore.change`) only once its update is stored,
  // so a tab closed right after a save cannot keep the rows but lose the change in the document.
  locked.add(ref.kind === 'team' ? TEAM_DOC_UPDATES : PROJECT_DOC_UPDATES)
  await db.transaction(
    'rw',
    [...locked].map((name) => db.table(name)),
    async () => {
      for (const { table, puts, deletes } of plan) {
        const known = onlyDiffering && onlyDiffering.known?.find((k) => k.table.name === table.name)
        const writes = !onlyDiffering
          ? puts
          : known
            ? differingFrom(table, puts, known.rows)
            : await differing(db, table, puts)
        if (writes.length) await db.table(table.name).bulkPut(writes)
        if (deletes.length) {
          await db.table(table.name).bulkDelete(deletes)
          if (table.name === PROJECT_ROOT) await deleteProjectRows(db, deletes as string[], tables)
        }
      }
    },
  )
}

/**
 * Every row of a document into Dexie, without deleting anything: run when a document is opened, so
 * a change whose rows a crash cut off is derived again. Rows that are already as the document says
 * are not written again: opening a large project must not rewrite it (and wake every live query).
 */
export async function materializeAll(
  db: Dexie,
  doc: Y.Doc,
  ref: DocRef,
  tables: readonly TeamTable[],
  check?: RowCheck,
  /** The stored rows of the document's tables, when the caller has just read them all. */
  known?: TableRows,
): Promise<void> {
  // Only keys present in the document: nothing is deleted.
  const changed: ChangedKeys = new Map(tables.map((t) => [t.name, new Set(doc.getMap(t.name).keys())]))
  await materialize(db, doc, ref, changed, tables, check, { known })
}

/** The rows whose stored copy is missing or reads differently. */
async function differing(db: Dexie, table: TeamTable, rows: Record<string, unknown>[]) {
  const stored = await db.table(table.name).bulkGet(rows.map((row) => dexieKey(rowKey(table, row))))
  return rows.filter((row, i) => !sameRow(stored[i] as Record<string, unknown> | undefined, row))
}

/** The same as `differing`, against stored rows the caller has read already. */
function differingFrom(table: TeamTable, rows: Record<string, unknown>[], stored: Record<string, unknown>[]) {
  const byKey = new Map(stored.map((row) => [rowKey(table, row), row]))
  return rows.filter((row) => !sameRow(byKey.get(rowKey(table, row)), row))
}

/** Whether a stored row holds the same fields as a row read from a document (its fields sorted). */
function sameRow(stored: Record<string, unknown> | undefined, row: Record<string, unknown>): boolean {
  if (!stored) return false
  const sorted = Object.fromEntries(Object.entries(stored).sort(([a], [b]) => (a < b ? -1 : 1)))
  return JSON.stringify(sorted) === JSON.stringify(row)
}

/**
 * A row must belong to the document's team or project: a crafted or broken document cannot write
 * rows into another team through a foreign owner id.
 */
function belongs(row: Record<string, unknown>, table: TeamTable, ref: DocRef): boolean {
  const owner = row[table.ownerField]
  return table.owner === 'team' ? owner === ref.teamId : ref.kind === 'project' && owner === ref.projectId
}

async function deleteProjectRows(db: Dexie, projectIds: string[], tables: readonly TeamTable[]) {
  for (const t of tables) {
    if (t.owner === 'project') await db.table(t.name).where(t.ownerField).anyOf(projectIds).delete()
  }
}
