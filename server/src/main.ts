import { ensureSetupLink } from './auth/ensureSetupLink'
import { loadAuthConfig } from './auth/loadAuthConfig'
import { ConfigError, loadConfig } from './config'
import { FanoutStartError } from './fanout/FanoutStartError'
import { consoleLogger as logger } from './logger'
import { seedDemoMinutes } from './minutes/seedDemoMinutes'
import { openStores } from './openStores'
import { PostgresStartError } from './persistence/postgres/openPostgresDatabase'
import { startServer } from './startServer'

async function main(): Promise<void> {
  const config = loadConfig()
  const auth = loadAuthConfig()
  const { store, authStore, searchIndex, location, health, exclusively } = await openStores(
    config,
    logger,
  )
  // Two processes starting together on one database must not both seed the demo.
  if (config.seedDemo) await exclusively('seed-demo', () => seedDemoMinutes(store, logger))
  // Loaded only when configured: a single process never holds the Redis client.
  const fanout = config.redisUrl
    ? await (await import('./fanout/RedisFanout')).RedisFanout.connect({
        url: config.redisUrl,
        keyPrefix: config.redisKeyPrefix,
        logger,
      })
    : undefined
  const server = await startServer(config, {
    store,
    authStore,
    searchIndex,
    auth,
    logger,
    health: [health],
    ...(fanout ? { fanout } : {}),
  })
  logger.info(`Minutes is running at ${server.url} (data in ${location})`)
  await ensureSetupLink(authStore, auth.publicUrl, logger)

  let stopping = false
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    logger.info(`${signal}: saving and stopping…`)
    await server.close()
    process.exit(0)
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    logger.error(`Configuration error: ${error.message}`)
  } else if (error instanceof PostgresStartError || error instanceof FanoutStartError) {
    logger.error(`Minutes could not start: ${error.message}`)
  } else {
    logger.error('Minutes could not start:', error)
  }
  process.exit(1)
})
