/** The default store: one SQLite file (better-sqlite3), created with its directory if missing. */
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import type { SyncStore } from './store.ts'

export function openSqliteStore(path: string): SyncStore {
  mkdirSync(dirname(path), { recursive: true })
  const db = new Database(path)
  // WAL lets a backup (`sqlite3 … .backup`) read while the server writes.
  db.pragma('journal_mode = WAL')
  db.exec(`
    CREATE TABLE IF NOT EXISTS sync_documents (
      name TEXT PRIMARY KEY,
      state BLOB NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS sync_teams (
      team_id TEXT PRIMARY KEY,
      secret_hash BLOB NOT NULL,
      created_at TEXT NOT NULL
    );
  `)
  const selectDocument = db.prepare<[string], { state: Buffer }>(
    'SELECT state FROM sync_documents WHERE name = ?',
  )
  const upsertDocument = db.prepare<[string, Buffer, string]>(
    `INSERT INTO sync_documents (name, state, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
  )
  const insertTeam = db.prepare<[string, Buffer, string]>(
    'INSERT INTO sync_teams (team_id, secret_hash, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
  )
  const selectTeam = db.prepare<[string], { secret_hash: Buffer }>(
    'SELECT secret_hash FROM sync_teams WHERE team_id = ?',
  )

  return {
    async fetchDocument(name) {
      const row = selectDocument.get(name)
      return row ? new Uint8Array(row.state) : null
    },
    async storeDocument(name, state) {
      upsertDocument.run(name, Buffer.from(state), new Date().toISOString())
    },
    async registerTeam(teamId, secretHash) {
      insertTeam.run(teamId, secretHash, new Date().toISOString())
      return selectTeam.get(teamId)!.secret_hash
    },
    async close() {
      db.close()
    },
  }
}
