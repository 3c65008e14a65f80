import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Absolute path of the repository root, whatever the caller's working directory. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
