// Loaded into every benchmarked server (`--import`): SIGUSR2 runs a full garbage collection, so
// memory is read after GC without starting the server with a different flag.
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc')
process.on('SIGUSR2', () => {
  gc()
  gc()
})
