import type { DocumentAccess } from '@minutes/permissions'
import { StatusChange } from '@minutes/protocol'
import { Hono } from 'hono'
import type { Principal } from '../auth/Principal'
import type { DocumentRegistry } from '../documents/DocumentRegistry'
import { changeStatus } from '../minutes/changeStatus'
import type { VersionHistory } from '../minutes/VersionHistory'
import type { DocumentStore } from '../persistence/DocumentStore'
import { summarise } from './documentRoutes'
import { jsonBody } from './jsonBody'

type StatusVariables = { Variables: { access: DocumentAccess; principal: Principal } }

/**
 * `POST /api/docs/:id/status` with `{"status"}` (`changeStatus`); each change is a version and an
 * entry in the audit trail. Mounted behind requireAccess, which leaves `access` and `principal`.
 */
export function statusRoutes(
  registry: DocumentRegistry,
  store: DocumentStore,
  history: VersionHistory,
): Hono<StatusVariables> {
  const routes = new Hono<StatusVariables>()
  routes.post('/', jsonBody(StatusChange), async (c) => {
    const updated = await changeStatus(registry, store, {
      id: c.req.param('id') ?? '',
      status: c.req.valid('json').status,
      access: c.get('access'),
      by: c.get('principal').name,
    })
    await history.statusChanged(updated.id, updated.status, c.get('principal'))
    return c.json(summarise(updated))
  })
  return routes
}
