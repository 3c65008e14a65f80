import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from './repoRoot.mjs'
import { run } from './run.mjs'

const { packageManager } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'))

/** Runs the repo's pinned pnpm (root package.json `packageManager`) through npx: Node and npm are all a clone needs. */
export function pnpm(args, options) {
  return run('npx', ['--yes', packageManager, ...args], options)
}
