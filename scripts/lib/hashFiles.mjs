import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from './repoRoot.mjs'

const SKIPPED_DIRECTORIES = new Set(['node_modules', 'dist', '.tsbuild'])

/**
 * Hashes the paths and contents of the given files and directories (relative to the repo
 * root, walked recursively), plus any extra strings. `include` filters files by path.
 */
export function hashFiles(paths, { include = () => true, extra = [] } = {}) {
  const hash = createHash('sha256')
  for (const value of extra) hash.update(`extra:${value}\0`)
  for (const path of paths.flatMap(listFiles).filter(include).sort()) {
    hash.update(`file:${path}\0`)
    hash.update(readFileSync(join(repoRoot, path)))
  }
  return hash.digest('hex')
}

function listFiles(path) {
  const absolute = join(repoRoot, path)
  if (!existsSync(absolute)) return []
  if (!statSync(absolute).isDirectory()) return [path]
  return readdirSync(absolute, { withFileTypes: true })
    .filter((entry) => !(entry.isDirectory() && SKIPPED_DIRECTORIES.has(entry.name)))
    .flatMap((entry) => listFiles(join(path, entry.name)))
}
