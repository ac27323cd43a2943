/** `npm run server`: reads the configuration, starts the sync server and stops it on a signal. */
import { readConfig } from './config.ts'
import { consoleLogger as logger } from './log.ts'
import { startSyncServer } from './sync-server.ts'

const config = readConfig()
const server = await startSyncServer(config, { logger })
logger.info('listening', {
  url: server.url,
  store: config.databaseUrl ? 'postgresql' : `sqlite:${config.sqlitePath}`,
  redis: Boolean(config.redisUrl),
})

// A failing hook must not take every team's connections down with it.
process.on('unhandledRejection', (error) =>
  logger.warn('unhandled-rejection', { reason: error instanceof Error ? error.message : 'unknown' }),
)

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, async () => {
    logger.info('shutting-down', { signal })
    await server.close()
    logger.info('stopped')
    process.exit(0)
  })
}
