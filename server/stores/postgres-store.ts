/** PostgreSQL store (`pg`), chosen by SYNC_DATABASE_URL; tables are created if missing. */
import pg from 'pg'
import type { SyncStore } from './store.ts'

export async function openPostgresStore(url: string): Promise<SyncStore> {
  const pool = new pg.Pool({ connectionString: url, max: 10 })
  // An idle client that loses its connection must not crash the server; the pool replaces it.
  pool.on('error', () => {})
  await pool.query(`
    CREATE TABLE IF NOT EXISTS sync_documents (
      name TEXT PRIMARY KEY,
      state BYTEA NOT NULL,
      updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
    );
    CREATE TABLE IF NOT EXISTS sync_teams (
      team_id TEXT PRIMARY KEY,
      secret_hash BYTEA NOT NULL,
      created_at TIMESTAMPTZ NOT NULL DEFAULT now()
    );
  `)

  return {
    async fetchDocument(name) {
      const result = await pool.query<{ state: Buffer }>('SELECT state FROM sync_documents WHERE name = $1', [
        name,
      ])
      return result.rows[0] ? new Uint8Array(result.rows[0].state) : null
    },
    async storeDocument(name, state) {
      await pool.query(
        `INSERT INTO sync_documents (name, state, updated_at) VALUES ($1, $2, now())
         ON CONFLICT (name) DO UPDATE SET state = excluded.state, updated_at = now()`,
        [name, Buffer.from(state)],
      )
    },
    async registerTeam(teamId, secretHash) {
      await pool.query(
        'INSERT INTO sync_teams (team_id, secret_hash) VALUES ($1, $2) ON CONFLICT DO NOTHING',
        [teamId, secretHash],
      )
      const result = await pool.query<{ secret_hash: Buffer }>(
        'SELECT secret_hash FROM sync_teams WHERE team_id = $1',
        [teamId],
      )
      return result.rows[0].secret_hash
    },
    async close() {
      await pool.end()
    },
  }
}
