// @y/websocket-server's own bin (in memory, or LevelDB when YPERSISTENCE is set); its package
// exports do not include the bin, so it is imported by path.
import { createRequire } from 'node:module'
import path from 'node:path'

const packageJson = createRequire(import.meta.url).resolve('@y/websocket-server/package.json')
await import(path.join(path.dirname(packageJson), 'src/server.js'))
