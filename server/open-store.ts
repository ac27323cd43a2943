/** The store the configuration asks for: PostgreSQL if SYNC_DATABASE_URL is set, else SQLite. */
import type { SyncConfig } from './config.ts'
import { openPostgresStore } from './stores/postgres-store.ts'
import { openSqliteStore } from './stores/sqlite-store.ts'
import type { SyncStore } from './stores/store.ts'

export async function openStore(config: SyncConfig): Promise<SyncStore> {
  return config.databaseUrl ? openPostgresStore(config.databaseUrl) : openSqliteStore(config.sqlitePath)
}
