import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from './repoRoot.mjs'

/**
 * The workspace's package folders, relative to the repo root, read from the `packages:`
 * list of pnpm-workspace.yaml (plain folders and `folder/*` patterns).
 */
export function workspacePackageDirs() {
  const yaml = readFileSync(join(repoRoot, 'pnpm-workspace.yaml'), 'utf8')
  const list = yaml.match(/^packages:\n((?:[ \t]+.*\n?)*)/m)?.[1] ?? ''
  const patterns = [...list.matchAll(/^\s*-\s*['"]?([^'"\s#]+)/gm)].map((match) => match[1])
  return patterns.flatMap((pattern) => {
    if (!pattern.endsWith('/*')) return [pattern]
    const parent = pattern.slice(0, -2)
    if (!existsSync(join(repoRoot, parent))) return []
    return readdirSync(join(repoRoot, parent), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${parent}/${entry.name}`)
  })
}
