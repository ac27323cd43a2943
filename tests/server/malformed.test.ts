/**
 * The server survives a corpus of broken, oversized and unauthorised messages sent over raw
 * sockets, and the stored document stays byte for byte what it was.
 */
import { randomBytes } from 'node:crypto'
import { format } from 'node:util'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import type { SyncConfig } from '../../server/config.ts'
import { openSqliteStore } from '../../server/stores/sqlite-store.ts'
import type { SyncServer } from '../../server/sync-server.ts'
import { connectClient, newSecret, recordingLogger, startTestServer, testConfig, waitFor } from './helpers.ts'
import { authMessage, sendRaw, syncStep1Message, updateMessage } from './raw-messages.ts'

const DOC = 'team/t1/project/p1'
const TEXT = 'Ziel der Maßnahme: sichere Schulwege.'
const secret = newSecret()
const otherSecret = newSecret()

let config: SyncConfig
let server: SyncServer
const logger = recordingLogger()

async function storedState(): Promise<Buffer> {
  const store = openSqliteStore(config.sqlitePath)
  const state = await store.fetchDocument(DOC)
  await store.close()
  return Buffer.from(state!)
}

/** A valid update from a client that edits the stored document. */
function editOfStoredDocument(base: Uint8Array, edit: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, base)
  const vector = Y.encodeStateVector(doc)
  edit(doc)
  return Y.encodeStateAsUpdate(doc, vector)
}

beforeAll(async () => {
  config = testConfig({
    maxMessageBytes: 64 * 1024,
    maxDocumentBytes: 16 * 1024,
    messagesPerSecond: 50,
    messageBurst: 100,
  })
  const first = await startTestServer(config)
  const owner = connectClient(first.url, DOC, secret)
  expect(await owner.ready).toBe(true)
  owner.doc.getText('answer').insert(0, TEXT)
  await waitFor(() => !owner.provider.hasUnsyncedChanges, 5000, 'acknowledgement')
  const other = connectClient(first.url, 'team/t2', otherSecret)
  expect(await other.ready).toBe(true)
  owner.destroy()
  other.destroy()
  await first.close()
  server = await startTestServer(config, logger)
})

afterAll(async () => {
  await server?.close()
})

describe('malformed and hostile messages', () => {
  it('leave the server running and the stored document unchanged', async () => {
    // Hocuspocus reports each refused message on the console; keep it, to check no secret is in it.
    const consoleLines: string[] = []
    const capture = (...args: unknown[]) => void consoleLines.push(format(...args))
    vi.spyOn(console, 'error').mockImplementation(capture)
    vi.spyOn(console, 'log').mockImplementation(capture)
    vi.spyOn(console, 'warn').mockImplementation(capture)
    const before = await storedState()
    const auth = authMessage(DOC, secret)
    const validUpdate = editOfStoredDocument(before, (doc) => doc.getText('answer').insert(0, 'x'))
    const validMessage = updateMessage(DOC, validUpdate)
    // An update whose earlier history the server never received.
    const stranger = new Y.Doc()
    stranger.getText('answer').insert(0, 'first')
    const strangerVector = Y.encodeStateVector(stranger)
    stranger.getText('answer').insert(5, ' second')
    const gapUpdate = Y.encodeStateAsUpdate(stranger, strangerVector)

    const corpus: { name: string; frames: (Uint8Array | string)[]; expectClose?: number }[] = []
    for (let i = 0; i < 30; i++) {
      corpus.push({ name: `random bytes ${i}`, frames: [randomBytes(1 + ((i * 97) % 2000))] })
    }
    for (let i = 0; i < 20; i++) {
      const cut = 1 + Math.floor(((i + 1) / 21) * (validMessage.length - 1))
      corpus.push({ name: `truncated update at ${cut}`, frames: [auth, validMessage.slice(0, cut)] })
    }
    for (let i = 0; i < 15; i++) {
      corpus.push({
        name: `random update body ${i}`,
        frames: [auth, updateMessage(DOC, randomBytes(1 + i * 40))],
      })
    }
    for (let i = 0; i < 5; i++) {
      corpus.push({
        name: `bytes flipped in a valid update ${i}`,
        frames: [
          auth,
          updateMessage(
            DOC,
            validUpdate.map((b, j) => (j % 7 === i ? b ^ 0xff : b)),
          ),
        ],
      })
    }
    corpus.push({ name: 'update without its history', frames: [auth, updateMessage(DOC, gapUpdate)] })
    corpus.push({
      name: 'update that makes the document too large',
      frames: [
        auth,
        updateMessage(
          DOC,
          editOfStoredDocument(before, (doc) =>
            doc.getText('answer').insert(0, randomBytes(20_000).toString('hex')),
          ),
        ),
      ],
    })
    for (let i = 0; i < 5; i++) {
      corpus.push({
        name: `oversized frame ${i}`,
        frames: [auth, randomBytes(65 * 1024 + i * 10_000)],
        expectClose: 1009,
      })
    }
    const badNames = [
      '',
      'team',
      'team/',
      'team/t1/',
      'team/t1/project',
      'team/t1/project/p1/extra',
      'team/../t1',
      'team/t1/../t2',
      '/team/t1',
      'team/t 1',
      'team/tä',
      `team/${'a'.repeat(201)}`,
      'x'.repeat(10_000),
      'TEAM/t1',
      'team/t1\u0000',
    ]
    for (const name of badNames) {
      corpus.push({
        name: `bad name ${JSON.stringify(name.slice(0, 20))}`,
        frames: [authMessage(name, secret), updateMessage(name, validUpdate)],
      })
    }
    const wrongTokens = [
      '',
      'short',
      newSecret(),
      newSecret(),
      otherSecret,
      secret.slice(0, -1),
      `${secret}x`,
      secret.toUpperCase(),
      'a'.repeat(600),
      'a'.repeat(20_000),
      ' '.repeat(40),
      '\u0000'.repeat(40),
      'ä'.repeat(40),
      secret.split('').reverse().join(''),
      randomBytes(32).toString('hex'),
    ]
    for (const [i, token] of wrongTokens.entries()) {
      corpus.push({
        name: `wrong token ${i}`,
        frames: [authMessage(DOC, token), validMessage, syncStep1Message(DOC, new Uint8Array())],
      })
    }
    corpus.push({ name: 'messages before authentication', frames: [validMessage, validMessage] })
    corpus.push({ name: 'text frame', frames: ['{"type":"auth","token":"x"}'] })
    corpus.push({ name: 'empty frame', frames: [new Uint8Array()] })
    corpus.push({ name: 'update before auth, then auth', frames: [validMessage.slice(0, 10), auth] })
    corpus.push({
      name: 'flood beyond the message rate',
      frames: Array.from({ length: 400 }, () => syncStep1Message(DOC, new Uint8Array())),
      expectClose: 1008,
    })

    expect(corpus.length).toBeGreaterThanOrEqual(100)
    for (const entry of corpus) {
      const result = await sendRaw(server.url, entry.frames, entry.expectClose ? 3000 : 100)
      if (entry.expectClose) expect(result.closeCode, entry.name).toBe(entry.expectClose)
    }

    // Still serving: the health check answers and a real client reads the unchanged text.
    const health = await fetch(server.url.replace('ws:', 'http:'))
    expect(await health.text()).toBe('ok\n')
    const reader = connectClient(server.url, DOC, secret)
    expect(await reader.ready).toBe(true)
    expect(reader.doc.getText('answer').toString()).toBe(TEXT)
    reader.destroy()

    await server.close()
    expect((await storedState()).equals(before)).toBe(true)
    vi.restoreAllMocks()
    const log = [...logger.lines, ...consoleLines].join('\n')
    expect(log).toContain('document-too-large')
    expect(log).toContain('missing-history')
    expect(log).toContain('wrong-secret')
    expect(log).toContain('rate-limit')
    expect(log).not.toContain(secret)
    expect(log).not.toContain(otherSecret)
  }, 90_000)
})
