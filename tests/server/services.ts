/**
 * PostgreSQL and Redis for the tests that need them: on this project's machines and in CI they run
 * on 127.0.0.1; elsewhere those tests skip and say why.
 */
import { Socket } from 'node:net'
import pg from 'pg'

export const DATABASE_URL = process.env.SYNC_TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test'
export const REDIS_URL = process.env.SYNC_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: DATABASE_URL, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    await client.query('SELECT 1')
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

/** Sends PING and expects PONG, so another service on the port does not count. */
export async function redisAvailable(): Promise<boolean> {
  const { hostname, port } = new URL(REDIS_URL)
  return new Promise((resolve) => {
    const socket = new Socket()
    const done = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(2000, () => done(false))
    socket.once('error', () => done(false))
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')))
    socket.connect(Number(port || 6379), hostname, () => socket.write('PING\r\n'))
  })
}

/** Prints why a group of tests is skipped, so a green run without the services is not mistaken. */
export function noteSkip(available: boolean, what: string, url: string): void {
  if (!available) console.warn(`Skipping ${what} tests: no service reachable at ${url}`)
}
