// `npm start`: install and build only what changed, then run the compiled server, which serves the
// built client and the API on one port (PORT, HOST and MINUTES_DATA_DIR are read by the server).
import { buildClient } from './lib/buildClient.mjs'
import { buildServer, compiledServerEntry } from './lib/buildServer.mjs'
import { ensureInstalled } from './lib/ensureInstalled.mjs'
import { log } from './lib/log.mjs'
import { run } from './lib/run.mjs'

try {
  await ensureInstalled()
  await buildClient()
  await buildServer()
  log('starting the server (node server/dist/main.mjs)…')
  process.exitCode = await run(process.execPath, [compiledServerEntry])
} catch (error) {
  log(error instanceof Error ? error.message : String(error))
  process.exitCode = 1
}
