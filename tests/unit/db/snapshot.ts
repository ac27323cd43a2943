import type { HandbookDatabase } from '../../../src/db'

/**
 * Every table of rows as text, to prove that no record changed. The documents' update tables
 * (`$…`) are left out: how a document stores its history is not a record (tests/unit/db/docs
 * checks the documents' content).
 */
export async function snapshot(db: HandbookDatabase): Promise<string> {
  const rowTables = db.tables.filter((t) => !t.name.startsWith('$'))
  const tables = await Promise.all(rowTables.map(async (t) => [t.name, await t.toArray()] as const))
  return JSON.stringify(tables)
}
