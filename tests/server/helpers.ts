/** Starting sync servers and connecting clients for the server's tests and benchmark. */
import { randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { readConfig, type SyncConfig } from '../../server/config.ts'
import type { Logger } from '../../server/log.ts'
import { startSyncServer, type SyncServer } from '../../server/sync-server.ts'

/** Test servers listen on 4300–4399 (SYNC_TEST_PORTS=first-last moves the range). */
const [FIRST_PORT, LAST_PORT] = (process.env.SYNC_TEST_PORTS ?? '4300-4399').split('-').map(Number)
let nextPort = FIRST_PORT + Math.floor(Math.random() * (LAST_PORT - FIRST_PORT + 1))

export function tempSqlitePath(): string {
  return join(mkdtempSync(join(tmpdir(), 'sync-test-')), 'sync.sqlite')
}

export function testConfig(overrides: Partial<SyncConfig> = {}): SyncConfig {
  return { ...readConfig({}), port: 0, sqlitePath: tempSqlitePath(), ...overrides }
}

/** Every line the server logs, so tests can assert what it logged and what it never logged. */
export function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = []
  const record = (event: string, fields: object = {}) => lines.push(`${event} ${JSON.stringify(fields)}`)
  return { lines, info: record, warn: record }
}

/** Starts a server on the next free port of the test range, or on `config.port` if not 0. */
export async function startTestServer(
  config: SyncConfig,
  logger: Logger = recordingLogger(),
): Promise<SyncServer> {
  if (config.port) return startSyncServer(config, { logger })
  for (let attempt = 0; attempt <= LAST_PORT - FIRST_PORT; attempt++) {
    const port = nextPort
    nextPort = nextPort >= LAST_PORT ? FIRST_PORT : nextPort + 1
    try {
      return await startSyncServer({ ...config, port }, { logger })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error
    }
  }
  throw new Error(`No free port in ${FIRST_PORT}–${LAST_PORT}`)
}

export function newSecret(): string {
  return randomBytes(24).toString('base64url')
}

export interface TestClient {
  doc: Y.Doc
  provider: HocuspocusProvider
  /** Resolves with true once synced, false if the server refused the secret. */
  ready: Promise<boolean>
  /** Why the server refused the secret, if it did. */
  refusal?: string
  destroy(): void
}

export function connectClient(url: string, name: string, token: string, doc = new Y.Doc()): TestClient {
  // Node has no global WebSocket on version 20: the socket takes `ws` as its polyfill.
  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: WebSocket,
    // Reconnect quickly, so restart tests do not wait for the default back-off.
    delay: 50,
    minDelay: 50,
    maxDelay: 200,
  })
  const client: Partial<TestClient> = { doc }
  client.ready = new Promise<boolean>((resolve) => {
    client.provider = new HocuspocusProvider({
      websocketProvider: socket,
      name,
      token,
      document: doc,
      onSynced: () => resolve(true),
      onAuthenticationFailed: ({ reason }) => {
        client.refusal = reason
        resolve(false)
      },
    })
  })
  // A provider given a socket of its own making must be attached to it explicitly.
  client.provider!.attach()
  client.destroy = () => {
    // Closing a socket still connecting makes `ws` emit an error after the provider has removed
    // its listeners; with no listener left, Node would treat it as an uncaught exception.
    const raw = (socket as unknown as { webSocket: WebSocket | null }).webSocket
    raw?.on('error', () => {})
    client.provider!.destroy()
    socket.destroy()
  }
  return client as TestClient
}

/** Waits until `check` returns true, polling every 10 ms; throws after `timeout` ms. */
export async function waitFor(check: () => boolean, timeout = 5000, what = 'condition'): Promise<void> {
  const start = Date.now()
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error(`Timed out after ${timeout} ms waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}
