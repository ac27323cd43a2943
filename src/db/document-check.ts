/**
 * The content of a format-3 file's documents (issue #21). A document is what a merge or an import
 * writes into the device's own documents, from which the rows follow; so it may hold nothing that
 * the records beside it, checked field by field, do not say: the same rows with the same values,
 * all of its own team or project. A crafted file cannot smuggle a row past the checks, or a
 * document of another team, through its Yjs state.
 *
 * Part of the checks of format 3 (`@/lib/transfer/checks/v3.ts` checks the form, size and names);
 * here because reading a document is the storage layer's knowledge (docs/layout.ts). Every use of
 * a file's documents (preview, merge, import) runs it first, once per file (`checkedDocuments`).
 */
import * as Y from 'yjs'
import { TEAM_TABLES, type TeamTable } from '@/model'
import { fromBase64 } from '@/lib/transfer/base64'
import { MAX_DOCUMENT_BYTES, expectedDocuments } from '@/lib/transfer/checks/v3'
import { ImportError, type FieldProblem } from '@/lib/transfer/errors'
import type { ExportDocument } from '@/lib/transfer/format'
import { META, TEXT_FIELDS, readRow, rowKey, tablesIn, type Row } from './docs/layout'

/** JSON with every object's keys sorted, so two rows compare by content, not by field order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Row).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  )
}

/** The Y.Doc a state decodes to; null when it is not one (applying it throws, or it lacks parts). */
export function decodeDocument(state: string): Y.Doc | null {
  let bytes: Uint8Array
  try {
    bytes = fromBase64(state)
  } catch {
    return null
  }
  if (bytes.length > MAX_DOCUMENT_BYTES) return null
  const doc = new Y.Doc()
  try {
    Y.applyUpdate(doc, bytes)
  } catch {
    doc.destroy()
    return null
  }
  // An update that depends on changes it does not carry is not a document's whole state.
  if (doc.store.pendingStructs || doc.store.pendingDs) {
    doc.destroy()
    return null
  }
  return doc
}

/** Whether every table holds rows only, each field a plain value (or a Y.Text where text merges). */
function wellFormed(doc: Y.Doc, tables: readonly TeamTable[]): boolean {
  const names = new Set([META, ...tables.map((t) => t.name)])
  for (const name of doc.share.keys()) if (!names.has(name)) return false
  const meta = doc.getMap(META)
  if ([...meta.keys()].some((key) => key !== 'id')) return false
  for (const table of tables) {
    for (const entry of doc.getMap(table.name).values()) {
      if (!(entry instanceof Y.Map)) return false
      for (const [field, value] of (entry as Y.Map<unknown>).entries()) {
        if (value instanceof Y.Text && TEXT_FIELDS[table.name]?.includes(field)) continue
        if (value instanceof Y.AbstractType) return false
      }
    }
  }
  return true
}

/** The documents of files that passed `checkDocumentContent`, so each file is read only once. */
const checked = new WeakSet<Record<string, string>>()

const fail = (path: string[], problem: FieldProblem) =>
  new ImportError('invalid-field', path.join('.'), problem, {}, null, path.join('.'))

/**
 * Whether a document's row says what the file's record says: every field it has, with the same
 * value as the checked record (so nothing the checks dropped or changed, such as an unknown field,
 * gets in); a field it lacks only where the checks filled in a default (older rows lack it).
 */
function sameRow(row: Row, valid: Row, raw: Row): boolean {
  for (const [field, value] of Object.entries(row))
    if (!(field in valid) || canonical(value) !== canonical(valid[field])) return false
  for (const field of Object.keys(valid)) if (!(field in row) && raw[field] !== undefined) return false
  return true
}

/**
 * Checks each document of a format-3 file against the file's records (which the schema checked):
 * it must decode, hold only rows, be marked as its own team's or project's, and hold exactly the
 * rows the records say (`sameRow`). `raw` is the file as read, before the checks; throws an
 * ImportError naming the document.
 */
export function checkDocumentContent(
  doc: ExportDocument,
  raw: unknown,
  tables: readonly TeamTable[] = TEAM_TABLES,
): void {
  if (!doc.documents || checked.has(doc.documents)) return
  const data = doc.data as unknown as Record<string, Row[]>
  const rawData = (raw as { data?: Record<string, Row[]> } | null)?.data ?? {}
  for (const [name, owner] of expectedDocuments(doc)) {
    const path = ['documents', name]
    const ydoc = decodeDocument(doc.documents[name] ?? '')
    if (!ydoc) throw fail(path, 'not-document')
    try {
      const kind = owner.projectId === undefined ? 'team' : 'project'
      const own = tablesIn(kind, tables)
      if (!wellFormed(ydoc, own)) throw fail(path, 'not-document')
      if (ydoc.getMap(META).get('id') !== (owner.projectId ?? owner.teamId)) throw fail(path, 'not-matching')
      for (const table of own) {
        const expected = new Map<string, { valid: Row; raw: Row }>()
        ;(data[table.name] ?? []).forEach((valid, i) => {
          if (kind === 'team' || valid[table.ownerField] === owner.projectId)
            expected.set(rowKey(table, valid), { valid, raw: rawData[table.name]?.[i] ?? {} })
        })
        const keys = [...ydoc.getMap(table.name).keys()]
        if (keys.length !== expected.size) throw fail(path, 'not-matching')
        for (const key of keys) {
          // A row filed under another row's key would be written as the one and deleted as the other.
          const row = readRow(ydoc, table, key)
          const record = expected.get(key)
          if (!row || !record || rowKey(table, row) !== key || !sameRow(row, record.valid, record.raw))
            throw fail(path, 'not-matching')
        }
      }
    } finally {
      ydoc.destroy()
    }
  }
  checked.add(doc.documents)
}

/** The documents of a file, once `checkDocumentContent` accepted them; throws for any other. */
export function checkedDocuments(documents: Record<string, string>): Record<string, string> {
  if (!checked.has(documents)) throw new Error('The documents of this file were not checked')
  return documents
}
