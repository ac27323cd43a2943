/**
 * A real sync server for end-to-end tests: `server/main.ts` in its own process (SQLite in a fresh
 * directory), so a test can kill it as an outage would and start it again on the same port and file.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface SyncServerProcess {
  url: string
  /** Kills the process (SIGKILL: nothing is flushed, as in a crash) and waits for it to end. */
  kill(): Promise<void>
  /** Starts it again on the same port and SQLite file. */
  restart(): Promise<void>
  stop(): Promise<void>
}

/** Ports 4600–4999, apart from the server tests' range (4300–4399). */
const portFor = (worker: number, n: number) =>
  4600 + ((worker * 37 + n * 7 + Math.floor(Math.random() * 50)) % 400)

export async function startSyncServerProcess(worker: number): Promise<SyncServerProcess> {
  const sqlite = join(mkdtempSync(join(tmpdir(), 'sync-e2e-')), 'sync.sqlite')
  let child: ChildProcess | null = null
  let port = 0

  const launch = (candidate: number) =>
    new Promise<void>((resolve, reject) => {
      const proc = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
        env: {
          ...process.env,
          SYNC_PORT: String(candidate),
          SYNC_SQLITE: sqlite,
          TSX_TSCONFIG_PATH: 'tsconfig.server.json',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let output = ''
      const onData = (chunk: Buffer) => {
        output += chunk.toString()
        if (process.env.DEBUG_SYNC) console.log('server:', chunk.toString().trim())
        if (output.includes('listening')) {
          child = proc
          resolve()
        }
      }
      proc.stdout.on('data', onData)
      proc.stderr.on('data', onData)
      proc.once('exit', (code) => reject(new Error(`sync server exited (${code}): ${output}`)))
    })

  for (let attempt = 0; ; attempt++) {
    port = portFor(worker, attempt)
    try {
      await launch(port)
      break
    } catch (error) {
      if (attempt > 8 || !String(error).includes('EADDRINUSE')) throw error
    }
  }

  const end = async (signal: NodeJS.Signals) => {
    const proc = child
    child = null
    if (!proc || proc.exitCode !== null) return
    const exited = new Promise((resolve) => proc.once('exit', resolve))
    proc.kill(signal)
    await exited
  }
  return {
    url: `ws://127.0.0.1:${port}`,
    kill: () => end('SIGKILL'),
    restart: () => launch(port),
    stop: () => end('SIGTERM'),
  }
}
