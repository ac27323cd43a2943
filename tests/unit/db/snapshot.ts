import type { HandbookDatabase } from '../../../src/db'

/** Every table of the database as text, to prove that nothing changed. */
export async function snapshot(db: HandbookDatabase): Promise<string> {
  const tables = await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const))
  return JSON.stringify(tables)
}
