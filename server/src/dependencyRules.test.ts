import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const biome = path.join(repoRoot, 'node_modules', '.bin', 'biome')

/**
 * What `biome lint`, with the repository's own configuration, says of `source` placed at
 * `filePath`: in a scratch copy of the layout, so the checkout itself is never touched.
 */
function lint(filePath: string, source: string): { code: number | null; output: string } {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-walls-'))
  try {
    fs.copyFileSync(path.join(repoRoot, 'biome.json'), path.join(scratch, 'biome.json'))
    fs.mkdirSync(path.dirname(path.join(scratch, filePath)), { recursive: true })
    fs.writeFileSync(path.join(scratch, filePath), source)
    const result = spawnSync(biome, ['lint', '--vcs-enabled=false', filePath], {
      cwd: scratch,
      encoding: 'utf8',
    })
    return { code: result.status, output: `${result.stdout}${result.stderr}` }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true })
  }
}

// The walls each CONTEXT.md describes are lint rules in biome.json, so `npm test` fails on a
// wrong import; these show a broken wall failing with a message naming it.
describe('dependency rules', () => {
  it('keeps the server layers pointing down', () => {
    const upward = lint(
      'server/src/persistence/Example.ts',
      "import { LiveDocument } from '../documents/LiveDocument'\nexport const example = LiveDocument\n",
    )
    expect(upward.code).not.toBe(0)
    expect(upward.output).toContain('server/persistence is the bottom layer')

    const transport = lint(
      'server/src/sync/inspection/Example.ts',
      "import { boundCloseReason } from '../../transport/boundCloseReason'\nexport const example = boundCloseReason\n",
    )
    expect(transport.output).toContain('server/sync knows no transport')
  })

  it('keeps the web framework out of auth and the use cases', () => {
    const framework = lint(
      'server/src/auth/Example.ts',
      "import { createMiddleware } from 'hono/factory'\nexport const example = createMiddleware\n",
    )
    expect(framework.code).not.toBe(0)
    expect(framework.output).toContain('server/auth knows no web framework')

    const bareFramework = lint(
      'server/src/auth/Example.ts',
      "import type { Context } from 'hono'\nexport type Example = Context\n",
    )
    expect(bareFramework.output).toContain('server/auth knows no web framework')

    const httpFromUseCase = lint(
      'server/src/minutes/Example.ts',
      "import { jsonBody } from '../http/jsonBody'\nexport const example = jsonBody\n",
    )
    expect(httpFromUseCase.output).toContain('server/minutes holds the use cases')

    const useCaseFromDocuments = lint(
      'server/src/documents/Example.ts',
      "import { createMinutes } from '../minutes/createMinutes'\nexport const example = createMinutes\n",
    )
    expect(useCaseFromDocuments.output).toContain('server/documents imports only persistence')
  })

  it('keeps the packages free of server and client code, and the editor free of the shell', () => {
    const fromServer = lint(
      'packages/schema/src/Example.ts',
      "import { CloseCode } from '../../../server/src/transport/attachSyncTransport'\nexport const example = CloseCode\n",
    )
    expect(fromServer.output).toContain('packages are shared by client and server')

    const fromShell = lint(
      'client/src/editor/Example.ts',
      "import { navigate } from '../app/navigation'\nexport const example = navigate\n",
    )
    expect(fromShell.output).toContain('client/editor never imports the app shell')
  })

  it('keeps the client shell on top and its plumbing at the bottom', () => {
    const featureToShell = lint(
      'client/src/auth/Example.ts',
      "import { DocumentListPage } from '../app/DocumentListPage'\nexport const example = DocumentListPage\n",
    )
    expect(featureToShell.code).not.toBe(0)
    expect(featureToShell.output).toContain('a client feature never imports the app shell')

    const sharedToFeature = lint(
      'client/src/shared/api/Example.ts',
      "import { useAccess } from '../../auth/useAccess'\nexport const example = useAccess\n",
    )
    expect(sharedToFeature.code).not.toBe(0)
    expect(sharedToFeature.output).toContain('client/shared is the bottom')

    const featureToShared = lint(
      'client/src/sharing/Example.ts',
      "import { documentsApi } from '../shared/api/documentsApi'\nexport const example = documentsApi\n",
    )
    expect(featureToShared.output).not.toContain('noRestrictedImports')
    expect(featureToShared.code).toBe(0)
  })

  it('keeps PostgreSQL and Redis clients behind their walls', () => {
    const source =
      "import pg from 'pg'\nimport Redis from 'ioredis'\nexport const example = [pg, Redis]\n"
    for (const file of ['server/src/http/Example.ts', 'server/src/persistence/Example.ts']) {
      const outside = lint(file, source)
      expect(outside.code).not.toBe(0)
      expect(outside.output).toContain('talk to PostgreSQL')
      expect(outside.output).toContain('Only server/src/fanout talks to Redis')
    }
    const store = lint('server/src/persistence/postgres/Example.ts', source)
    expect(store.output).not.toContain('talk to PostgreSQL')
    expect(store.output).toContain('Only server/src/fanout talks to Redis')
    // The bottom layer's own wall still holds inside its PostgreSQL folder.
    const upward = lint(
      'server/src/persistence/postgres/Example.ts',
      "import { LiveDocument } from '../../documents/LiveDocument'\nexport const example = LiveDocument\n",
    )
    expect(upward.output).toContain('server/persistence is the bottom layer')
    const fanout = lint('server/src/fanout/Example.ts', source)
    expect(fanout.output).not.toContain('talks to Redis')
    const fanoutUpward = lint(
      'server/src/fanout/Example.ts',
      "import { SyncSession } from '../sync/SyncSession'\nexport const example = SyncSession\n",
    )
    expect(fanoutUpward.output).toContain('server/fanout carries')
  })

  it('lets an allowed import through', () => {
    const downward = lint(
      'server/src/documents/Example.ts',
      "import { MemoryDocumentStore } from '../persistence/MemoryDocumentStore'\nexport const example = MemoryDocumentStore\n",
    )
    expect(downward.output).not.toContain('noRestrictedImports')
    expect(downward.code).toBe(0)

    const useCase = lint(
      'server/src/http/Example.ts',
      "import { createMinutes } from '../minutes/createMinutes'\nexport const example = createMinutes\n",
    )
    expect(useCase.code).toBe(0)
  })
})
