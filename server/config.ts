/**
 * The sync server's settings, read from environment variables and checked in one place, so a
 * typo in a deployment fails at start with the variable's name instead of surfacing later.
 */
import { resolve } from 'node:path'
import { z } from 'zod'

const integer = (fallback: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback)

const schema = z.object({
  SYNC_HOST: z.string().min(1).default('127.0.0.1'),
  SYNC_PORT: integer(4444, 0, 65535),
  SYNC_SQLITE: z.string().min(1).default('server/data/sync.sqlite'),
  SYNC_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'expected a postgres:// or postgresql:// URL')
    .optional(),
  SYNC_REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'expected a redis:// or rediss:// URL')
    .optional(),
  SYNC_REDIS_PREFIX: z.string().min(1).default('handbuch-sync'),
  SYNC_MAX_DOCUMENT_BYTES: integer(10 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
  SYNC_MAX_MESSAGE_BYTES: integer(2 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
  SYNC_MESSAGES_PER_SECOND: integer(100, 1, 1_000_000),
  SYNC_MESSAGE_BURST: integer(500, 1, 1_000_000),
  SYNC_MAX_CONNECTIONS_PER_TEAM: integer(50, 1, 1_000_000),
  SYNC_STORE_DEBOUNCE_MS: integer(200, 0, 60_000),
  SYNC_STORE_MAX_DEBOUNCE_MS: integer(1000, 0, 600_000),
})

export interface SyncConfig {
  host: string
  /** 0 picks a free port (tests). */
  port: number
  /** Used when `databaseUrl` is not set. */
  sqlitePath: string
  databaseUrl?: string
  redisUrl?: string
  redisPrefix: string
  maxDocumentBytes: number
  maxMessageBytes: number
  messagesPerSecond: number
  messageBurst: number
  maxConnectionsPerTeam: number
  storeDebounceMs: number
  storeMaxDebounceMs: number
}

/** Reads the configuration; throws one error listing every invalid variable. */
export function readConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): SyncConfig {
  const parsed = schema.safeParse(
    // An empty variable counts as unset, as a shell's `VAR=` usually means.
    Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')),
  )
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`Invalid sync server configuration:\n  ${problems.join('\n  ')}`)
  }
  const v = parsed.data
  return {
    host: v.SYNC_HOST,
    port: v.SYNC_PORT,
    sqlitePath: resolve(cwd, v.SYNC_SQLITE),
    databaseUrl: v.SYNC_DATABASE_URL,
    redisUrl: v.SYNC_REDIS_URL,
    redisPrefix: v.SYNC_REDIS_PREFIX,
    maxDocumentBytes: v.SYNC_MAX_DOCUMENT_BYTES,
    maxMessageBytes: v.SYNC_MAX_MESSAGE_BYTES,
    messagesPerSecond: v.SYNC_MESSAGES_PER_SECOND,
    messageBurst: v.SYNC_MESSAGE_BURST,
    maxConnectionsPerTeam: v.SYNC_MAX_CONNECTIONS_PER_TEAM,
    storeDebounceMs: v.SYNC_STORE_DEBOUNCE_MS,
    storeMaxDebounceMs: v.SYNC_STORE_MAX_DEBOUNCE_MS,
  }
}
