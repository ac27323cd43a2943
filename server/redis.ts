/** The Hocuspocus Redis extension, configured from SYNC_REDIS_URL (several instances share it). */
import { Redis } from '@hocuspocus/extension-redis'

export function redisExtension(url: string, prefix: string): Redis {
  const parsed = new URL(url)
  const db = Number(parsed.pathname.slice(1) || 0)
  return new Redis({
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    prefix,
    options: {
      username: decodeURIComponent(parsed.username) || undefined,
      password: decodeURIComponent(parsed.password) || undefined,
      db,
      tls: parsed.protocol === 'rediss:' ? {} : undefined,
    },
  })
}
