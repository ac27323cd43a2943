/**
 * Moving rows into documents. Databases from before schema version 5 (and rows written straight
 * into IndexedDB) hold a team's data only as rows; the first time such a team's or project's
 * document is opened, it is filled from those rows.
 *
 * The filling is deterministic: its Yjs client id is a hash of the document's name and content, so
 * two devices that fill a document from the same rows (a team handed over by a version-2 file)
 * write byte-identical changes, which Yjs merges into one instead of doubling every text.
 */
import type Dexie from 'dexie'
import type * as Y from 'yjs'
import { TEAM_ROOT, type TeamTable } from '@/model'
import { META, docName, hash32, isInitialized, putRow, tablesIn, type DocRef, type Row } from './layout'

export const ADOPTED = Symbol('adopted rows')

/** The rows of a document's tables as Dexie holds them now. */
export async function rowsFor(db: Dexie, ref: DocRef, tables: readonly TeamTable[]) {
  const own = tablesIn(ref.kind, tables)
  const id = ref.kind === 'team' ? ref.teamId : ref.projectId
  return Promise.all(
    own.map(async (t) => ({
      table: t,
      rows: (t.name === TEAM_ROOT
        ? await db.table(t.name).where('id').equals(id).toArray()
        : await db.table(t.name).where(t.ownerField).equals(id).toArray()) as Row[],
    })),
  )
}

/** Fills an uninitialized document from its rows; does nothing to one that has content. */
export function fillDocument(doc: Y.Doc, ref: DocRef, content: { table: TeamTable; rows: Row[] }[]): void {
  if (isInitialized(doc)) return
  const id = ref.kind === 'team' ? ref.teamId : ref.projectId
  // Sorted, so the same rows read in another order give the same client id and the same changes.
  const sorted = content.map(({ table, rows }) => ({
    table,
    rows: rows.map((row) => JSON.parse(JSON.stringify(row)) as Row).sort(byJson),
  }))
  const own = doc.clientID
  doc.clientID = hash32(docName(ref) + JSON.stringify(sorted.map((c) => [c.table.name, c.rows])))
  try {
    doc.transact(() => {
      doc.getMap(META).set('id', id)
      for (const { table, rows } of sorted) for (const row of rows) putRow(doc, table, row, false)
    }, ADOPTED)
  } finally {
    doc.clientID = own
  }
}

const byJson = (a: Row, b: Row) => {
  const x = JSON.stringify(a)
  const y = JSON.stringify(b)
  return x < y ? -1 : x > y ? 1 : 0
}

/**
 * Marks a document initialized without content: the team a device joins gets its rows from the
 * sync server, not from the placeholder row that gives its document a home until then.
 */
export function markInitialized(doc: Y.Doc, ref: DocRef): void {
  if (isInitialized(doc)) return
  doc.transact(() => doc.getMap(META).set('id', ref.kind === 'team' ? ref.teamId : ref.projectId), ADOPTED)
}
