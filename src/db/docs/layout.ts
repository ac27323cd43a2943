/**
 * How a team's rows live in its Yjs documents (issue #21). The documents are the one source of
 * truth for a team's data; the Dexie rows are derived from them (materialize.ts) so that lists and
 * indexes stay queryable.
 *
 * - The team document (`team/<teamId>`) holds the rows of every table owned by the team: the team
 *   itself, members, projects (with their entry check), favourites, collections and workshops.
 * - A project document (`team/<teamId>/project/<projectId>`) holds the rows owned by one project:
 *   answers, step states and the logbook. A device opens only the projects it works on.
 *
 * In a document every table is a top-level `Y.Map` named after the table, holding one `Y.Map` per
 * row (keyed by `rowKey`), holding one entry per field. Two devices editing different fields of a
 * row both keep their change; the same field edited twice keeps one (the last one Yjs orders). Text
 * fields (`TEXT_FIELDS`) are `Y.Text`, so two people typing into the same answer keep both texts.
 */
import type { IndexableType } from 'dexie'
import * as Y from 'yjs'
import { textEdit } from '@/lib/merge'
import { TEAM_ROOT, type TeamTable } from '@/model'

export type Row = Record<string, unknown>

export type DocRef = { kind: 'team'; teamId: string } | { kind: 'project'; teamId: string; projectId: string }

/** The document's name, as the sync server knows it (server/document-names.ts). */
export function docName(ref: DocRef): string {
  return ref.kind === 'team' ? `team/${ref.teamId}` : `team/${ref.teamId}/project/${ref.projectId}`
}

/** String fields merged character by character. Any other value is replaced as a whole. */
export const TEXT_FIELDS: Readonly<Record<string, readonly string[]>> = {
  answers: ['value'],
  logbook: ['text'],
  projects: ['description'],
}

/** Marks an initialized document: the id of its team or project (see adopt.ts). */
export const META = 'meta'

export function docKindOf(table: TeamTable): DocRef['kind'] {
  return table.owner === 'team' ? 'team' : 'project'
}

/** The tables a document of this kind holds. */
export function tablesIn(kind: DocRef['kind'], tables: readonly TeamTable[]): TeamTable[] {
  return tables.filter((t) => docKindOf(t) === kind)
}

/** A row's key inside its table's map: its key fields as a JSON array (["id"] or ["p1","q1"]). */
export function rowKey(table: TeamTable, row: Row): string {
  return JSON.stringify(table.key.map((field) => row[field]))
}

/** The Dexie primary key for a row key: a value for one key field, an array for a compound key. */
export function dexieKey(key: string): IndexableType {
  const parts = JSON.parse(key) as string[]
  return parts.length === 1 ? (parts[0] as string) : parts
}

export function isInitialized(doc: Y.Doc): boolean {
  return doc.getMap(META).has('id')
}

function isText(table: TeamTable, field: string): boolean {
  return TEXT_FIELDS[table.name]?.includes(field) ?? false
}

/** A field's value as a plain value (Y.Text as its string). */
function plain(value: unknown): unknown {
  return value instanceof Y.Text ? value.toString() : value
}

/** The row stored under `key`, as a plain object; undefined when there is none. */
export function readRow(doc: Y.Doc, table: TeamTable, key: string): Row | undefined {
  const entry = doc.getMap(table.name).get(key)
  if (!(entry instanceof Y.Map)) return undefined
  // Fields in a fixed order: a Y.Map lists them in the order this device learnt of them, and the same
  // row must read the same on every device (rows are compared, exported and hashed as JSON).
  const row: Row = {}
  for (const field of [...entry.keys()].sort()) row[field] = plain(entry.get(field))
  return row
}

/** Every row of a table in the document. */
export function readRows(doc: Y.Doc, table: TeamTable): Row[] {
  const map = doc.getMap(table.name)
  return [...map.keys()].flatMap((key): Row[] => {
    const row = readRow(doc, table, key)
    return row ? [row] : []
  })
}

/**
 * Brings a Y.Text to `next` with the smallest single edit (common start and end kept), so a
 * concurrent edit elsewhere in the text survives the merge. An autosave sends the whole value;
 * the diff turns it back into the edit the user made.
 */
export function applyTextDiff(text: Y.Text, next: string): void {
  const current = text.toString()
  if (current === next) return
  const edit = textEdit(current, next)
  if (edit.end > edit.start) text.delete(edit.start, edit.end - edit.start)
  if (edit.text) text.insert(edit.start, edit.text)
}

const sameJson = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b)

/**
 * Only what JSON can hold goes into a document: it travels to other devices and into export files.
 * A function or a symbol is a programming error, refused before anything is written.
 */
function assertStorable(field: string, value: unknown): void {
  const kind = typeof value
  if (kind === 'function' || kind === 'symbol' || kind === 'bigint')
    throw new TypeError(`${field}: a ${kind} cannot be stored`)
}

/** Sets one field, touching the document only when the value changes. Undefined deletes it. */
function setField(entry: Y.Map<unknown>, table: TeamTable, field: string, value: unknown): void {
  assertStorable(field, value)
  if (value === undefined) {
    if (entry.has(field)) entry.delete(field)
    return
  }
  const current = entry.get(field)
  if (isText(table, field) && typeof value === 'string') {
    if (current instanceof Y.Text) applyTextDiff(current, value)
    else entry.set(field, new Y.Text(value))
    return
  }
  if (current instanceof Y.Text || !sameJson(current, value)) entry.set(field, plainCopy(value))
}

/** A deep copy without Vue proxies or class instances: what IndexedDB and Yjs can store. */
function plainCopy(value: unknown): unknown {
  return value !== null && typeof value === 'object' ? JSON.parse(JSON.stringify(value)) : value
}

/** FNV-1a, 32 bit: Yjs client ids are unsigned 32-bit integers. */
export function hash32(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/**
 * Creates a row's map, and the `Y.Text` of each of its text fields, as every device creates them.
 * Two devices that each give the first answer to the same question create the same row at once; with
 * ordinary client ids one row would win and the other's text be lost. Written under a client id
 * derived from the row's key, the row and its empty texts are identical on both devices, so Yjs takes
 * them as one, and the texts typed into them (under each device's own id) merge.
 */
function createRow(doc: Y.Doc, table: TeamTable, key: string, row: Row): Y.Map<unknown> {
  const map = doc.getMap<Y.Map<unknown>>(table.name)
  const own = doc.clientID
  doc.clientID = hash32(`${table.name}\u0000${key}`)
  try {
    const entry = new Y.Map<unknown>()
    map.set(key, entry)
    for (const field of TEXT_FIELDS[table.name] ?? [])
      if (typeof row[field] === 'string') entry.set(field, new Y.Text())
    return entry
  } finally {
    doc.clientID = own
  }
}

/**
 * Writes a row that every device may write by itself with the same content: an answer prefilled
 * from the project's title, written by each device that opens the step before it hears of the
 * other's. Its texts are inserted under a client id derived from the row's key and the text, so the
 * same text written twice is one text after a merge, not two. Does nothing to a row that exists.
 */
export function seedRow(doc: Y.Doc, table: TeamTable, row: Row): void {
  const key = rowKey(table, row)
  if (doc.getMap(table.name).has(key)) return
  const entry = createRow(doc, table, key, row)
  const own = doc.clientID
  for (const field of TEXT_FIELDS[table.name] ?? []) {
    const value = row[field]
    const text = entry.get(field)
    if (typeof value !== 'string' || !(text instanceof Y.Text) || !value) continue
    doc.clientID = hash32(`${table.name}\u0000${key}\u0000${field}\u0000${value}`)
    try {
      text.insert(0, value)
    } finally {
      doc.clientID = own
    }
  }
  putRow(doc, table, row)
}

/**
 * Writes a whole row: fields it lacks are removed, fields that did not change are left alone. A new
 * row is created the same way on every device (`createRow`), unless `shared` is false: rows filled
 * in from storage (adopt.ts) carry their own history and must not be taken for another device's.
 */
export function putRow(doc: Y.Doc, table: TeamTable, row: Row, shared = true): void {
  const map = doc.getMap<Y.Map<unknown>>(table.name)
  const key = rowKey(table, row)
  let entry = map.get(key)
  if (!(entry instanceof Y.Map)) {
    if (shared) entry = createRow(doc, table, key, row)
    else {
      entry = new Y.Map()
      map.set(key, entry)
    }
  }
  for (const field of [...entry.keys()]) if (!(field in row) || row[field] === undefined) entry.delete(field)
  for (const [field, value] of Object.entries(row)) setField(entry, table, field, value)
}

/** Changes some fields of a stored row (undefined removes a field); false when there is no such row. */
export function patchRow(doc: Y.Doc, table: TeamTable, key: string, changes: Row): boolean {
  const entry = doc.getMap(table.name).get(key)
  if (!(entry instanceof Y.Map)) return false
  for (const [field, value] of Object.entries(changes)) setField(entry as Y.Map<unknown>, table, field, value)
  return true
}

export function deleteRow(doc: Y.Doc, table: TeamTable, key: string): boolean {
  const map = doc.getMap(table.name)
  if (!map.has(key)) return false
  map.delete(key)
  return true
}

/** The team's own row in its document, the root every other row hangs on. */
export function isRootTable(table: TeamTable): boolean {
  return table.name === TEAM_ROOT
}
