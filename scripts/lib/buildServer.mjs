import {
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs'
import { builtinModules } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { hashFiles } from './hashFiles.mjs'
import { log } from './log.mjs'
import { repoRoot } from './repoRoot.mjs'
import { workspacePackageDirs } from './workspacePackageDirs.mjs'

const outputDir = join(repoRoot, 'server', 'dist')
/** The compiled server: `node server/dist/main.mjs` is what `npm start` runs. */
export const compiledServerEntry = join(outputDir, 'main.mjs')
const compiledImportWorker = join(outputDir, 'importWorker.mjs')
const MARKER = join(outputDir, '.minutes-build-hash')
const LOCK = join(repoRoot, 'server', '.dist-lock')

/**
 * Compiles the server and the workspace packages it imports into plain JavaScript in
 * server/dist, unless their sources, the locked dependencies and this build are unchanged since
 * the last successful build. Resolves with whether it built.
 */
export async function buildServer() {
  // Test files and `npm start` may build at once: one builds, the others find it up to date.
  return withLock(buildIfChanged)
}

async function buildIfChanged() {
  const hash = hashFiles(
    [
      'server/src',
      'server/package.json',
      'pnpm-lock.yaml',
      'scripts/lib/buildServer.mjs',
      ...workspacePackageDirs()
        .filter((dir) => dir.startsWith('packages/'))
        .flatMap((dir) => [`${dir}/src`, `${dir}/package.json`]),
    ],
    {
      // Tests are not in the build: editing one must not cost a rebuild.
      include: (path) => !/\.test\.tsx?$/.test(path),
      // The build points at this checkout's sources and dependencies: a moved checkout rebuilds.
      extra: [repoRoot],
    },
  )
  if (existsSync(MARKER) && readFileSync(MARKER, 'utf8') === hash) {
    log('the server build is up to date')
    return false
  }
  log('building the server (esbuild server/src/main.ts → server/dist)…')
  // Imported here: `npm start` loads this module before it has installed esbuild.
  const esbuild = await import('esbuild')
  rmSync(outputDir, { recursive: true, force: true })
  await esbuild.build({
    absWorkingDir: repoRoot,
    entryPoints: {
      main: 'server/src/main.ts',
      importWorker: 'server/src/imports/importWorkerMain.ts',
    },
    outdir: outputDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    // What is imported only when configured (Redis) stays out of the start-up path.
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Readable stack traces with NODE_OPTIONS=--enable-source-maps; nothing loads them otherwise.
    sourcemap: 'linked',
    define: { MINUTES_IMPORT_WORKER_URL: JSON.stringify(pathToFileURL(compiledImportWorker).href) },
    plugins: [keepSourceLocations, loadDependenciesInPlace],
    logLevel: 'warning',
  })
  writeFileSync(MARKER, hash)
  return true
}

async function withLock(action) {
  for (;;) {
    try {
      const lock = openSync(LOCK, 'wx')
      writeSync(lock, String(process.pid))
      closeSync(lock)
      break
    } catch (error) {
      if (error.code !== 'EEXIST') throw error
    }
    if (isStale(LOCK)) rmSync(LOCK, { force: true })
    else await new Promise((resolve) => setTimeout(resolve, 100))
  }
  try {
    return await action()
  } finally {
    rmSync(LOCK, { force: true })
  }
}

/** A lock left by a build that died (its process is gone) must not block every later start. */
function isStale(lock) {
  try {
    const pid = Number(readFileSync(lock, 'utf8'))
    if (!pid) return Date.now() - statSync(lock).mtimeMs > 10_000
    process.kill(pid, 0)
    return false
  } catch (error) {
    return error.code === 'ESRCH'
  }
}

/**
 * Our sources find files beside them through `import.meta.url` (the demo minutes, the PDF
 * fonts through pdfmake's own folder, the client build): compiled, each module keeps its
 * source's location, so every such path resolves exactly as it does under tsx.
 */
const keepSourceLocations = {
  name: 'keep-source-locations',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      if (args.path.includes('/node_modules/')) return undefined
      const source = readFileSync(args.path, 'utf8')
      const url = JSON.stringify(pathToFileURL(args.path).href)
      return { contents: source.replaceAll('import.meta.url', url), loader: 'ts' }
    })
  },
}

const builtins = new Set(builtinModules)
const resolvingInPlace = Symbol('resolving in place')

/**
 * Our workspace packages are compiled in; every other package is loaded by Node at run time from
 * where the importing package finds it (pnpm gives each package only its own dependencies, so
 * `pdfmake`, a dependency of @minutes/export, cannot be found from server/dist). So native
 * modules (better-sqlite3, argon2), pg, ioredis and packages that read their own files (pdfmake's
 * fonts) run exactly as installed, and each package is loaded once, from one path.
 */
const loadDependenciesInPlace = {
  name: 'load-dependencies-in-place',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === resolvingInPlace) return undefined
      if (args.path.startsWith('@minutes/')) return undefined
      if (args.path.startsWith('node:') || builtins.has(args.path)) {
        return { path: args.path, external: true }
      }
      const resolved = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: resolvingInPlace,
      })
      if (resolved.errors.length > 0) return { errors: resolved.errors }
      return { path: pathToFileURL(resolved.path).href, external: true }
    })
  },
}
