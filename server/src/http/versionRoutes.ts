import { canManageDocument, type DocumentAccess } from '@minutes/permissions'
import {
  type CreatedVersion,
  NewVersion,
  type VersionChanges,
  type VersionContent,
  type VersionList,
} from '@minutes/protocol'
import { type Context, Hono } from 'hono'
import type { Principal } from '../auth/Principal'
import type { AuditLog } from '../minutes/AuditLog'
import { labelOf, type VersionHistory } from '../minutes/VersionHistory'
import { answerExport, exportFormatOf } from './exportRoutes'
import { jsonBody } from './jsonBody'

type VersionVariables = { Variables: { access: DocumentAccess; principal: Principal } }

/**
 * `/api/docs/:id/versions`: list, name (secretariat), export, compare and restore (secretariat).
 * Mounted behind requireAccess for any role: whoever reads the minutes may read their history.
 */
export function versionRoutes(history: VersionHistory, audit: AuditLog): Hono<VersionVariables> {
  const routes = new Hono<VersionVariables>()
  const documentIdOf = (c: Context<VersionVariables>) => c.req.param('id') ?? ''
  const onlySecretariat = (c: Context<VersionVariables>) =>
    canManageDocument(c.get('access'))
      ? undefined
      : c.json({ error: 'Only the secretariat can do this.' }, 403)

  routes.get('/', async (c) => c.json((await history.list(documentIdOf(c))) satisfies VersionList))

  routes.post('/', jsonBody(NewVersion), async (c) => {
    const refused = onlySecretariat(c)
    if (refused) return refused
    const id = await history.name(documentIdOf(c), c.get('principal'), c.req.valid('json').name)
    return c.json({ id } satisfies CreatedVersion, 201)
  })

  // To show a version read-only in the editor's own rendering; reading is not exporting.
  routes.get('/:versionId', async (c) => {
    const { version, content, people } = await history.read(
      documentIdOf(c),
      c.req.param('versionId'),
    )
    const view = await history.describe(version)
    return c.json({ version: view, content, people } satisfies VersionContent)
  })

  routes.get('/:versionId/export', async (c) => {
    const format = exportFormatOf(c)
    if (typeof format !== 'string') return format
    const documentId = documentIdOf(c)
    const minutes = await history.read(documentId, c.req.param('versionId'))
    await audit.record(
      documentId,
      c.get('principal'),
      'exported',
      `Exported the version "${labelOf(minutes.version)}" as ${format}.`,
    )
    return answerExport(c, format, minutes)
  })

  routes.get('/:from/compare/:to', async (c) => {
    const { from, to } = c.req.param()
    return c.json((await history.compare(documentIdOf(c), from, to)) satisfies VersionChanges)
  })

  routes.post('/:versionId/restore', async (c) => {
    const refused = onlySecretariat(c)
    if (refused) return refused
    const principal = c.get('principal')
    const id = await history.restore(documentIdOf(c), c.req.param('versionId'), {
      id: principal.id,
      name: principal.name,
      access: c.get('access'),
    })
    return c.json({ id } satisfies CreatedVersion, 201)
  })

  return routes
}
