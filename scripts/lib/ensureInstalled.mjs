import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { hashFiles } from './hashFiles.mjs'
import { log } from './log.mjs'
import { pnpm } from './pnpm.mjs'
import { repoRoot } from './repoRoot.mjs'
import { workspacePackageDirs } from './workspacePackageDirs.mjs'

const MARKER = join(repoRoot, 'node_modules', '.minutes-install-hash')

/**
 * Installs the workspace's dependencies from the committed lockfile, unless the lockfile,
 * the package manifests and the Node version (native modules depend on it) are unchanged
 * since the last install. Resolves with whether it installed.
 */
export async function ensureInstalled() {
  const hash = hashFiles(
    [
      'package.json',
      'pnpm-lock.yaml',
      'pnpm-workspace.yaml',
      '.npmrc',
      ...workspacePackageDirs().map((dir) => `${dir}/package.json`),
    ],
    { extra: [process.versions.modules, process.platform, process.arch] },
  )
  if (existsSync(MARKER) && readFileSync(MARKER, 'utf8') === hash) {
    log('dependencies are up to date')
    return false
  }
  log('installing dependencies (pnpm install --frozen-lockfile)…')
  const code = await pnpm(['install', '--frozen-lockfile'])
  if (code !== 0) {
    throw new Error(
      `pnpm install failed (exit ${code}). If a package.json changed, run \`npx pnpm install\` and commit pnpm-lock.yaml.`,
    )
  }
  writeFileSync(MARKER, hash)
  return true
}
