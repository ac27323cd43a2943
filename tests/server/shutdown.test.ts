/**
 * `npm run server` as operators run it: a separate process that stores every document and exits 0
 * on SIGTERM, after which a new server on the same SQLite file serves the same state.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { SyncServer } from '../../server/sync-server.ts'
import {
  connectClient,
  newSecret,
  startTestServer,
  tempSqlitePath,
  testConfig,
  waitFor,
  type TestClient,
} from './helpers.ts'

const root = resolve(import.meta.dirname, '../..')
let children: ChildProcess[] = []
let clients: TestClient[] = []
let servers: SyncServer[] = []

afterEach(async () => {
  for (const c of clients) c.destroy()
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL')
  for (const server of servers) await server.close()
  clients = []
  children = []
  servers = []
})

/** Starts `server/main.ts` with tsx and resolves with its URL once it logs that it listens. */
async function startProcess(sqlitePath: string, port: number, env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(root, 'server/main.ts')], {
    cwd: root,
    env: { ...process.env, ...env, SYNC_PORT: String(port), SYNC_SQLITE: sqlitePath },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.push(child)
  let output = ''
  child.stdout!.on('data', (data) => (output += data))
  child.stderr!.on('data', (data) => (output += data))
  await waitFor(() => output.includes(' listening '), 40_000, 'the server to listen')
  return { child, output: () => output, url: `ws://127.0.0.1:${port}` }
}

describe('the server process', () => {
  it('stores everything and exits 0 on SIGTERM; a new server on the file serves the same state', async () => {
    const sqlitePath = tempSqlitePath()
    const port = 4300 + Math.floor(Math.random() * 100)
    const secret = newSecret()
    // Without the store on shutdown nothing would be written: the debounce outlasts the test.
    const first = await startProcess(sqlitePath, port, {
      SYNC_STORE_DEBOUNCE_MS: '60000',
      SYNC_STORE_MAX_DEBOUNCE_MS: '60000',
    })
    const writer = connectClient(first.url, 'team/t1/project/p1', secret)
    clients.push(writer)
    expect(await writer.ready).toBe(true)
    writer.doc.getText('answer').insert(0, 'acknowledged before the signal')
    await waitFor(() => !writer.provider.hasUnsyncedChanges, 5000, 'acknowledgement')

    const exited = new Promise<number | null>((done) => first.child.once('exit', done))
    first.child.kill('SIGTERM')
    expect(await exited).toBe(0)
    expect(first.output()).toContain('stopped')
    expect(first.output()).not.toContain(secret)

    // The restart is an in-process instance on the same file: one process start less per run.
    const second = await startTestServer(testConfig({ sqlitePath }))
    servers.push(second)
    const reader = connectClient(second.url, 'team/t1/project/p1', secret)
    clients.push(reader)
    expect(await reader.ready).toBe(true)
    expect(reader.doc.getText('answer').toString()).toBe('acknowledged before the signal')
  }, 120_000)
})
