import { canSetStatus, type DocumentAccess, isWorkflowStatus } from '@minutes/permissions'
import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { Principal } from '../auth/Principal'
import type { DocumentRegistry } from '../documents/DocumentRegistry'
import type { DocumentStore } from '../persistence/DocumentStore'
import { summarise } from './documentRoutes'
import { badRequest, readJsonObject } from './readJsonObject'

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
  routes.post('/', async (c) => {
    const id = c.req.param('id') ?? ''
    const { status } = await readJsonObject(c.req.raw)
    if (!isWorkflowStatus(status)) {
      throw badRequest('The status must be one of draft, circulated, approved, published.')
    }
    const current = await registry.statusOf(id)
    if (!current) throw new HTTPException(404, { message: `There is no document with id "${id}".` })
    const verdict = canSetStatus(c.get('access'), current, status)
    if (!verdict.allowed) throw new HTTPException(409, { message: verdict.reason })
    const moved = await registry.setStatus(id, status)
    const updated =
      moved && (status === 'approved' || status === 'published')
        ? await store.signOff(id, status, c.get('principal').name)
        : moved
    if (!updated) throw new HTTPException(404, { message: `There is no document with id "${id}".` })
    return c.json(summarise(updated))
  })
  return routes
}
