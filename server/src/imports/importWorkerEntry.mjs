// A worker starts without its parent's TypeScript loader, whether the parent runs under tsx
// or Vitest: register tsx here, then run the worker's TypeScript body.
import { register } from 'tsx/esm/api'

register()
await import('./importWorkerMain.ts')
