/**
 * A team's or a project's documents in export files of format 3 (issue #21): written out as their
 * Yjs state, taken in as this device's documents (an import that adds or replaces), or merged into
 * them (a team or project both devices have), the way the sync server would merge them. The rows
 * follow the documents on their own (docs/materialize.ts).
 *
 * What a file carries: a team export every document of the team (the team's and each project's);
 * a project export only its project's document, with the project's row and its workshops as rows,
 * since those live in the team's document beside the team's other projects, which the file must
 * not carry. A merge of a project export therefore merges the project's document, and takes the
 * project's row and its workshops where this device has none or an older one (`updatedAt`).
 */
import type Dexie from 'dexie'
import * as Y from 'yjs'
import { PROJECT_ROOT, TEAM_ROOT, type TeamTable, type TeamTableName } from '@/model'
import { fromBase64, toBase64 } from '@/lib/transfer/base64'
import {
  rawOf,
  type ExportData,
  type ExportDocument,
  type MergeCount,
  type MergeSummary,
} from '@/lib/transfer'
import { checkDocumentContent, checkedDocuments } from './document-check'
import { docName, docsOf, type DocRef } from './docs'
import { META, putRow, readRow, readRows, rowKey, tablesIn, type Row } from './docs/layout'

type Ref = DocRef

/** The documents of a team export (the team's and each project's) or of a project export. */
async function refsOf(db: Dexie, scope: 'team' | 'project', id: string): Promise<Ref[] | null> {
  if (scope === 'project') {
    const project = (await db.table(PROJECT_ROOT).get(id)) as { teamId: string } | undefined
    return project ? [{ kind: 'project', teamId: project.teamId, projectId: id }] : null
  }
  if (!(await db.table(TEAM_ROOT).get(id))) return null
  return [{ kind: 'team', teamId: id }]
}

/** The rows of a document that its own team or project holds (materialize.ts skips any other). */
function ownRows(doc: Y.Doc, table: TeamTable, ref: Ref): Row[] {
  return readRows(doc, table).filter((row) =>
    table.owner === 'team'
      ? row[table.ownerField] === ref.teamId
      : ref.kind === 'project' && row[table.ownerField] === ref.projectId,
  )
}

/**
 * A team or a project for an export of format 3: its rows and its documents' states. Each
 * document's rows and state are read at one moment, so the two always agree (an edit arriving
 * meanwhile is in both or in neither). The project documents are opened one after another, so a
 * team of many projects does not hold them all loaded at once (see `MAX_IDLE` in docs/store.ts).
 * Null when there is no such team or project.
 */
export async function exportWithDocuments(
  db: Dexie,
  tables: readonly TeamTable[],
  scope: 'team' | 'project',
  id: string,
): Promise<{ data: ExportData; documents: Record<string, string> } | null> {
  const refs = await refsOf(db, scope, id)
  if (!refs) return null
  const store = docsOf(db, tables)
  const teamId = refs[0]!.teamId
  const teamRef: Ref = { kind: 'team', teamId }
  const data = Object.fromEntries(tables.map((t) => [t.name, [] as Row[]]))
  const documents: Record<string, string> = {}
  const teamDoc = await store.open(teamRef)
  try {
    // Synchronous from here to the state: the team's rows and its state from the same moment.
    for (const table of tablesIn('team', tables)) {
      let rows = ownRows(teamDoc, table, teamRef)
      // A project export carries the team as its home, the project and what is planned for it.
      if (scope === 'project') {
        if (table.name === PROJECT_ROOT) rows = rows.filter((r) => r.id === id)
        else if (table.projectField) rows = rows.filter((r) => r[table.projectField!] === id)
        else if (table.name !== TEAM_ROOT) rows = []
      }
      data[table.name] = rows
    }
    if (scope === 'team') {
      documents[docName(teamRef)] = toBase64(Y.encodeStateAsUpdate(teamDoc))
      for (const project of data[PROJECT_ROOT]!)
        refs.push({ kind: 'project', teamId, projectId: project.id as string })
    }
  } finally {
    store.release(teamDoc)
  }
  for (const ref of refs) {
    if (ref.kind !== 'project') continue
    const doc = await store.open(ref)
    try {
      for (const table of tablesIn('project', tables)) data[table.name]!.push(...ownRows(doc, table, ref))
      documents[docName(ref)] = toBase64(Y.encodeStateAsUpdate(doc))
    } finally {
      store.release(doc)
    }
  }
  return { data: data as unknown as ExportData, documents }
}

/** The ref of a document named in a file, which the checks limited to the file's team and projects. */
function refOfName(name: string): Ref {
  const [, teamId = '', , projectId] = name.split('/')
  return projectId === undefined ? { kind: 'team', teamId } : { kind: 'project', teamId, projectId }
}

/** The file's documents, the team's first (a project's document needs its row, which that brings). */
function refsIn(documents: Record<string, string>): { ref: Ref; update: Uint8Array }[] {
  return Object.entries(documents)
    .map(([name, state]) => ({ ref: refOfName(name), update: fromBase64(state) }))
    .sort((a, b) => (a.ref.kind === b.ref.kind ? 0 : a.ref.kind === 'team' ? -1 : 1))
}

/**
 * The file's documents as this device's documents of a team and projects that an import just wrote
 * (it deleted any earlier ones): they start from the file's history instead of being filled from
 * the rows, so a later file of the same team merges into them without doubling anything.
 */
export async function takeDocuments(
  db: Dexie,
  tables: readonly TeamTable[],
  documents: Record<string, string>,
): Promise<void> {
  const store = docsOf(db, tables)
  for (const { ref, update } of refsIn(checkedDocuments(documents))) {
    const doc = await store.open(ref, { adopt: false })
    try {
      Y.applyUpdate(doc, update)
      await store.settled(doc)
    } finally {
      store.release(doc)
    }
  }
}

/** The rows of a project export that live in the team's document: the project and its workshops. */
function teamRowsOf(file: ExportDocument, tables: readonly TeamTable[]): { table: TeamTable; rows: Row[] }[] {
  const data = file.data as unknown as Record<string, Row[]>
  return tablesIn('team', tables)
    .filter((t) => t.name !== TEAM_ROOT)
    .map((table) => ({ table, rows: data[table.name] ?? [] }))
    .filter(({ rows }) => rows.length)
}

/** Whether a row of the file replaces this device's row of the same key: none here, or an older one. */
function newer(row: Row, local: Row | undefined): boolean {
  if (!local) return true
  const mine = typeof local.updatedAt === 'string' ? local.updatedAt : ''
  const theirs = typeof row.updatedAt === 'string' ? row.updatedAt : ''
  return theirs > mine
}

/** Puts the file's team rows into a team document where they are newer (project exports). */
function mergeTeamRows(doc: Y.Doc, file: ExportDocument, tables: readonly TeamTable[]): void {
  doc.transact(() => {
    for (const { table, rows } of teamRowsOf(file, tables))
      for (const row of rows) if (newer(row, readRow(doc, table, rowKey(table, row)))) putRow(doc, table, row)
  })
}

/**
 * Merges a format-3 file into this device's documents of the same team or project (`canMerge`):
 * the team's document first (a new project's row comes with it), then each project's. Nothing on
 * this device is removed unless the other device removed it in its own history.
 */
export async function mergeDocuments(
  db: Dexie,
  tables: readonly TeamTable[],
  file: ExportDocument,
): Promise<void> {
  checkDocumentContent(file, rawOf(file), tables)
  const store = docsOf(db, tables)
  const teamId = file.data.teams[0]?.id ?? ''
  const known = new Set(
    ((await db.table(PROJECT_ROOT).where('teamId').equals(teamId).primaryKeys()) as string[]).map(String),
  )
  const teamDoc = await store.open({ kind: 'team', teamId })
  try {
    const entries = refsIn(file.documents ?? {})
    for (const { ref, update } of entries) if (ref.kind === 'team') Y.applyUpdate(teamDoc, update)
    if (file.scope === 'project') mergeTeamRows(teamDoc, file, tables)
    await store.settled(teamDoc)
    for (const { ref, update } of entries) {
      if (ref.kind !== 'project') continue
      // A project new here has no rows to fill its document from: it starts from the file's.
      const doc = await store.open(ref, { adopt: known.has(ref.projectId) })
      try {
        Y.applyUpdate(doc, update)
        await store.settled(doc)
      } finally {
        store.release(doc)
      }
    }
  } finally {
    store.release(teamDoc)
  }
}

/** Which change made a document its team's or project's (see docs/adopt.ts): "client:clock". */
function origin(doc: Y.Doc): string | null {
  // Yjs keeps a map's entries as items in `_map`; the entry's item id names the change that set it.
  const item = (doc.getMap(META) as unknown as { _map: Map<string, { id: Y.ID }> })._map.get('id')
  return item ? `${item.id.client}:${item.id.clock}` : null
}

/** Whether two states of one document grew from separate beginnings, not from one another. */
function separate(local: Y.Doc, file: Y.Doc): boolean {
  const mine = origin(local)
  const theirs = origin(file)
  return mine !== null && theirs !== null && mine !== theirs
}

/**
 * Whether a document already holds everything of a file's state: then merging changes nothing, and
 * no copy is needed to find that out (a file merged before, or this device's own export, would
 * otherwise copy and compare every project of a large team).
 */
function holds(doc: Y.Doc, update: Uint8Array): boolean {
  return Y.snapshotContainsUpdate(Y.snapshot(doc), update)
}

/** A copy of a document to try a merge on, leaving the original untouched. */
function cloneOf(doc: Y.Doc | null): Y.Doc {
  const copy = new Y.Doc()
  if (doc) Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
  return copy
}

/** Adds what changes in `after` compared to `before`, table by table, to `counts`. */
export function countChanges(
  before: Y.Doc,
  after: Y.Doc,
  tables: readonly TeamTable[],
  counts: Map<TeamTableName, MergeCount>,
): void {
  for (const table of tables) {
    const was = new Map(
      readRows(before, table).map((row) => [rowKey(table, row), JSON.stringify(sorted(row))]),
    )
    const now = new Map(
      readRows(after, table).map((row) => [rowKey(table, row), JSON.stringify(sorted(row))]),
    )
    const name = table.name as TeamTableName
    const count = counts.get(name) ?? { table: name, added: 0, changed: 0, removed: 0 }
    for (const [key, row] of now) {
      const old = was.get(key)
      if (old === undefined) count.added++
      else if (old !== row) count.changed++
    }
    for (const key of was.keys()) if (!now.has(key)) count.removed++
    counts.set(name, count)
  }
}

const sorted = (row: Row): Row => Object.fromEntries(Object.entries(row).sort(([a], [b]) => (a < b ? -1 : 1)))

/**
 * What merging a file would change on this device, worked out on copies of this device's documents:
 * new, changed and removed rows per table. Nothing is written.
 */
export async function previewMerge(
  db: Dexie,
  tables: readonly TeamTable[],
  file: ExportDocument,
): Promise<MergeSummary> {
  checkDocumentContent(file, rawOf(file), tables)
  const store = docsOf(db, tables)
  const counts = new Map<TeamTableName, MergeCount>()
  const teamId = file.data.teams[0]?.id ?? ''
  const teamDoc = await store.open({ kind: 'team', teamId })
  const clones: Y.Doc[] = []
  let apart = false
  try {
    const entries = refsIn(file.documents ?? {})
    // This device's documents are only read; the merge is tried on a copy.
    const after = cloneOf(teamDoc)
    clones.push(after)
    for (const { ref, update } of entries)
      if (ref.kind === 'team' && !holds(teamDoc, update)) {
        const theirs = new Y.Doc()
        clones.push(theirs)
        Y.applyUpdate(theirs, update)
        apart ||= separate(teamDoc, theirs)
        Y.applyUpdate(after, update)
      }
    if (file.scope === 'project') mergeTeamRows(after, file, tables)
    countChanges(teamDoc, after, tablesIn('team', tables), counts)
    for (const { ref, update } of entries) {
      if (ref.kind !== 'project') continue
      const here = await db.table(PROJECT_ROOT).get(ref.projectId)
      const local = here ? await store.open(ref) : null
      try {
        if (local && holds(local, update)) continue
        const was = local ?? new Y.Doc()
        const now = cloneOf(local)
        const theirs = new Y.Doc()
        clones.push(now, theirs)
        if (!local) clones.push(was)
        Y.applyUpdate(theirs, update)
        if (local) apart ||= separate(was, theirs)
        Y.applyUpdate(now, update)
        countChanges(was, now, tablesIn('project', tables), counts)
      } finally {
        if (local) store.release(local)
      }
    }
  } finally {
    store.release(teamDoc)
    for (const clone of clones) clone.destroy()
  }
  const order = tables.map((t) => t.name)
  return {
    changes: [...counts.values()]
      .filter((c) => c.added + c.changed + c.removed > 0)
      .sort((a, b) => order.indexOf(a.table) - order.indexOf(b.table)),
    separate: apart,
  }
}
