/**
 * `npm run bench:sync`: a load test of the sync server. Simulated clients (one socket each, one
 * provider per document of one team) edit for a while over loopback; the bench reports whether every
 * copy of every document ended identical, the time from an edit to its arrival at each other client
 * (p50/p95), and the server's memory. The server runs as its own process (`server/main.ts`), so its
 * RSS is its own. Writes its entry `sync` into bench/results.json, keeping the other entries.
 *
 * SYNC_BENCH_CLIENTS (50), SYNC_BENCH_SECONDS (60), SYNC_BENCH_DOCUMENTS (5: the team document and
 * four projects), SYNC_BENCH_EDIT_MS (500: each client's pause between edits), SYNC_BENCH_PORT (4380).
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { newSecret, waitFor } from '../tests/server/helpers.ts'
import { ms, percentile, printTable } from './stats.ts'

const root = resolve(import.meta.dirname, '..')
const numberFromEnv = (name: string, fallback: number) => Number(process.env[name] ?? fallback)
const CLIENTS = numberFromEnv('SYNC_BENCH_CLIENTS', 50)
const SECONDS = numberFromEnv('SYNC_BENCH_SECONDS', 60)
const DOCUMENTS = numberFromEnv('SYNC_BENCH_DOCUMENTS', 5)
const EDIT_MS = numberFromEnv('SYNC_BENCH_EDIT_MS', 500)
const PORT = numberFromEnv('SYNC_BENCH_PORT', 4380)

const team = 'bench-team'
const names = Array.from({ length: DOCUMENTS }, (_, i) =>
  i === 0 ? `team/${team}` : `team/${team}/project/p${i}`,
)

/** The server process's resident memory in MB, from /proc (Linux) or ps. */
function rssMb(pid: number): number {
  const status = `/proc/${pid}/status`
  if (existsSync(status)) {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(status, 'utf8'))?.[1] ?? 0)
    return kb / 1024
  }
  return 0
}

console.log(`Starting the sync server on port ${PORT} …`)
const server = spawn(process.execPath, ['--import', 'tsx', join(root, 'server/main.ts')], {
  cwd: root,
  env: {
    ...process.env,
    SYNC_PORT: String(PORT),
    SYNC_SQLITE: join(mkdtempSync(join(tmpdir(), 'sync-bench-')), 'sync.sqlite'),
    SYNC_MAX_CONNECTIONS_PER_TEAM: String(Math.max(50, CLIENTS)),
  },
  stdio: ['ignore', 'pipe', 'inherit'],
})
let serverOutput = ''
server.stdout!.on('data', (data) => (serverOutput += data))
await waitFor(() => serverOutput.includes(' listening '), 60_000, 'the server to listen')
const rssIdle = rssMb(server.pid!)

const secret = newSecret()
const latencies: number[] = []
let edits = 0
let measuring = true

interface Client {
  socket: HocuspocusProviderWebsocket
  providers: HocuspocusProvider[]
}

function connect(index: number): Client {
  const socket = new HocuspocusProviderWebsocket({
    url: `ws://127.0.0.1:${PORT}`,
    WebSocketPolyfill: WebSocket,
  })
  const providers = names.map((name) => {
    const doc = new Y.Doc()
    // Each edit stamps the client's entry with the time it was made; every other client that sees
    // the stamp change records how long it took to arrive. All clients share this process's clock.
    doc.getMap<number>('stamps').observe((event) => {
      if (event.transaction.local || !measuring) return
      const now = performance.now()
      for (const key of event.keysChanged) {
        if (key === `c${index}`) continue
        latencies.push(now - (event.target.get(key) as number))
      }
    })
    const provider = new HocuspocusProvider({ websocketProvider: socket, name, token: secret, document: doc })
    provider.attach()
    return provider
  })
  return { socket, providers }
}

const clients = Array.from({ length: CLIENTS }, (_, i) => connect(i))
await waitFor(() => clients.every((c) => c.providers.every((p) => p.synced)), 60_000, 'all clients to sync')
console.log(`${CLIENTS} clients × ${DOCUMENTS} documents synced; editing for ${SECONDS} s …`)

const rssSamples: number[] = []
const sampler = setInterval(() => rssSamples.push(rssMb(server.pid!)), 1000)
const timers = clients.map((client, index) => {
  let sequence = 0
  const edit = () => {
    const provider = client.providers[sequence % DOCUMENTS]
    const doc = provider.document
    doc.transact(() => {
      const text = doc.getText('answer')
      text.insert(Math.floor(Math.random() * (text.length + 1)), `${index}.${sequence} `)
      doc.getMap<number>('stamps').set(`c${index}`, performance.now())
    })
    sequence += 1
    edits += 1
  }
  // Spread the clients' first edits over one interval, so they do not all fire in the same tick.
  return setTimeout(() => {
    edit()
    timers[index] = setInterval(edit, EDIT_MS)
  }, Math.random() * EDIT_MS)
})
await new Promise((done) => setTimeout(done, SECONDS * 1000))
for (const timer of timers) clearInterval(timer)
measuring = false

// Convergence: once nothing is in flight, every client's copy of each document must be identical.
// (Map keys are sorted: a Y.Map lists its keys in the order this copy happened to receive them.)
const snapshot = (p: HocuspocusProvider) =>
  JSON.stringify([
    p.document.getText('answer').toString(),
    Object.entries(p.document.getMap('stamps').toJSON()).sort(([a], [b]) => a.localeCompare(b)),
  ])
const converged = await waitFor(
  () =>
    clients.every((c) => c.providers.every((p) => !p.hasUnsyncedChanges)) &&
    names.every((_, d) => new Set(clients.map((c) => snapshot(c.providers[d]))).size === 1),
  30_000,
  'convergence',
).then(
  () => true,
  () => false,
)
if (!converged) {
  const unsynced = clients.flatMap((c) => c.providers.filter((p) => p.hasUnsyncedChanges)).length
  const variants = names.map((_, d) => new Set(clients.map((c) => snapshot(c.providers[d]))).size)
  console.log(`Not converged: ${unsynced} providers with unsynced changes; copies per document: ${variants}`)
}
clearInterval(sampler)
const rssEnd = rssMb(server.pid!)

for (const client of clients) {
  for (const provider of client.providers) provider.destroy()
  client.socket.destroy()
}
const exited = new Promise((done) => server.once('exit', done))
server.kill('SIGTERM')
await exited

const result = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  // The clients share this machine with the server: a busy machine delays their handling of updates.
  cpus: cpus().length,
  loadAverage1m: loadavg()[0],
  clients: CLIENTS,
  documents: DOCUMENTS,
  seconds: SECONDS,
  editIntervalMs: EDIT_MS,
  edits,
  arrivals: latencies.length,
  converged,
  latencyMs: { p50: percentile(latencies, 50), p95: percentile(latencies, 95), max: Math.max(...latencies) },
  serverRssMb: { idle: rssIdle, peak: Math.max(...rssSamples, rssEnd), end: rssEnd },
}

printTable([
  ['Clients × documents', `${CLIENTS} × ${DOCUMENTS}`],
  ['CPUs / load average (1 min) at the end', `${cpus().length} / ${loadavg()[0].toFixed(1)}`],
  ['Edits (all clients) / arrivals measured', `${edits} / ${latencies.length}`],
  ['Converged (all copies identical)', converged ? 'yes' : 'NO'],
  ['Edit → other clients, p50 / p95', `${ms(result.latencyMs.p50)} / ${ms(result.latencyMs.p95)}`],
  [
    'Server RSS idle / peak / end',
    `${rssIdle.toFixed(0)} / ${result.serverRssMb.peak.toFixed(0)} / ${rssEnd.toFixed(0)} MB`,
  ],
])

const file = join(root, 'bench/results.json')
const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as object) : {}
writeFileSync(file, JSON.stringify({ ...previous, sync: result }, null, 2) + '\n')
console.log('\nWritten to bench/results.json (entry "sync")')
process.exit(converged ? 0 : 1)
