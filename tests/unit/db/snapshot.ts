import type { HandbookDatabase } from '../../../src/db'

/**
 * Every table of rows as text, to prove that no record changed. The documents' update tables
 * (`$…`) are left out: how a document stores its history is not a record (tests/unit/db/docs
 * checks the documents' content).
 */
export async function snapshot(db: HandbookDatabase): Promise<string> {
  const rowTables = db.tables.filter((t) => !t.name.startsWith('$'))
  const tables = await Promise.all(rowTables.map(async (t) => [t.name, await t.toArray()] as const))
  return canonical(tables)
}

/**
 * JSON with every object's keys sorted: rows derived from a document list their fields in a fixed
 * order, rows written by other means in theirs, and the order of fields is not part of a record.
 */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  )
}
