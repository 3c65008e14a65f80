import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { hashFiles } from './hashFiles.mjs'
import { log } from './log.mjs'
import { pnpm } from './pnpm.mjs'
import { repoRoot } from './repoRoot.mjs'
import { workspacePackageDirs } from './workspacePackageDirs.mjs'

const MARKER = join(repoRoot, 'client', 'dist', '.minutes-build-hash')

/**
 * Builds the web client into client/dist, unless its sources, the shared packages' sources
 * and the locked dependencies are unchanged since the last successful build.
 * Resolves with whether it built.
 */
export async function buildClient() {
  const hash = hashFiles(
    [
      'client/src',
      'client/public',
      'client/index.html',
      'client/vite.config.ts',
      'client/package.json',
      'pnpm-lock.yaml',
      ...workspacePackageDirs()
        .filter((dir) => dir.startsWith('packages/'))
        .flatMap((dir) => [`${dir}/src`, `${dir}/package.json`]),
    ],
    // Tests are not in the bundle: editing one must not cost a rebuild.
    { include: (path) => !/\.test\.tsx?$/.test(path) },
  )
  if (existsSync(MARKER) && readFileSync(MARKER, 'utf8') === hash) {
    log('the client build is up to date')
    return false
  }
  log('building the client (pnpm --filter @minutes/client build)…')
  const code = await pnpm(['--filter', '@minutes/client', 'build'])
  if (code !== 0) throw new Error(`The client build failed (exit ${code}): see the output above.`)
  writeFileSync(MARKER, hash)
  return true
}
