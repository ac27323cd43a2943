/**
 * Version 4's upgrade: automatic logbook entries stored as German or English sentences become
 * events with parameters, and every entry gets the phase its project was in (see
 * `@/lib/logbook-legacy`, which the import of older files uses too).
 */
import type { Transaction } from 'dexie'
import { migrateLogbook } from '@/lib/logbook-legacy'

export async function upgradeLogbookEntries(tx: Transaction): Promise<void> {
  const [entries, projects] = await Promise.all([
    tx.table('logbook').toArray(),
    tx.table('projects').toArray(),
  ])
  const migrated = migrateLogbook(entries, projects)
  const changed = migrated.filter((entry, i) => entry !== entries[i])
  if (changed.length) await tx.table('logbook').bulkPut(changed)
}
