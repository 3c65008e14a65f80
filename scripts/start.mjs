// `npm start`: install and build only what changed, then run the server, which serves the
// built client and the API on one port (PORT, HOST and MINUTES_DATA_DIR are read by the server).
import { buildClient } from './lib/buildClient.mjs'
import { ensureInstalled } from './lib/ensureInstalled.mjs'
import { log } from './lib/log.mjs'
import { run } from './lib/run.mjs'

try {
  await ensureInstalled()
  await buildClient()
  log('starting the server (node --import tsx server/src/main.ts)…')
  process.exitCode = await run(process.execPath, ['--import', 'tsx', 'server/src/main.ts'])
} catch (error) {
  log(error instanceof Error ? error.message : String(error))
  process.exitCode = 1
}
