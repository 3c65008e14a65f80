import { canSetStatus, type DocumentAccess } from '@minutes/permissions'
import { StatusChange } from '@minutes/protocol'
import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { Principal } from '../auth/Principal'
import type { DocumentRegistry } from '../documents/DocumentRegistry'
import type { DocumentStore } from '../persistence/DocumentStore'
import { DocumentNotFoundError } from '../persistence/DocumentStore'
import { summarise } from './documentRoutes'
import { jsonBody } from './jsonBody'

type StatusVariables = { Variables: { access: DocumentAccess; principal: Principal } }

/**
 * `POST /api/docs/:id/status` with `{"status"}`: moves the minutes through their workflow, and
 * records who approved or published them, and when. Mounted behind requireAccess, which leaves
 * `access` and `principal` on the context.
 */
export function statusRoutes(
  registry: DocumentRegistry,
  store: DocumentStore,
): Hono<StatusVariables> {
  const routes = new Hono<StatusVariables>()
  routes.post('/', jsonBody(StatusChange), async (c) => {
    const id = c.req.param('id') ?? ''
    const { status } = c.req.valid('json')
    const current = await registry.statusOf(id)
    if (!current) throw new DocumentNotFoundError(id)
    const verdict = canSetStatus(c.get('access'), current, status)
    if (!verdict.allowed) throw new HTTPException(409, { message: verdict.reason })
    const moved = await registry.setStatus(id, status)
    const updated =
      moved && (status === 'approved' || status === 'published')
        ? await store.signOff(id, status, c.get('principal').name)
        : moved
    if (!updated) throw new DocumentNotFoundError(id)
    return c.json(summarise(updated))
  })
  return routes
}
