import path from 'node:path'
import { ensureSetupLink } from './auth/ensureSetupLink'
import { loadAuthConfig } from './auth/loadAuthConfig'
import { SqliteAuthStore } from './auth/SqliteAuthStore'
import { ConfigError, loadConfig } from './config'
import { consoleLogger as logger } from './logger'
import { seedDemoMinutes } from './minutes/seedDemoMinutes'
import { openSqliteDatabase } from './persistence/openSqliteDatabase'
import { SqliteDocumentStore } from './persistence/SqliteDocumentStore'
import { startServer } from './startServer'

async function main(): Promise<void> {
  const config = loadConfig()
  const auth = loadAuthConfig()
  const db = openSqliteDatabase(path.join(config.dataDir, 'minutes.sqlite'))
  const store = new SqliteDocumentStore(db)
  const authStore = new SqliteAuthStore(db)
  if (config.seedDemo) await seedDemoMinutes(store, logger)
  const server = await startServer(config, { store, authStore, auth, logger })
  logger.info(`Minutes is running at ${server.url} (data in ${config.dataDir})`)
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
  } else {
    logger.error('Minutes could not start:', error)
  }
  process.exit(1)
})
