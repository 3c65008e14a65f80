import { canSetStatus, type DocumentAccess, isWorkflowStatus } from '@minutes/permissions'
import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { DocumentRegistry } from '../documents/DocumentRegistry'
import { summarise } from './documentRoutes'
import { badRequest, readJsonObject } from './readJsonObject'

/**
 * `POST /api/docs/:id/status` with `{"status"}`: moves the minutes through their workflow.
 * Mounted behind requireAccess, which leaves `access` on the context.
 */
export function statusRoutes(
  registry: DocumentRegistry,
): Hono<{ Variables: { access: DocumentAccess } }> {
  const routes = new Hono<{ Variables: { access: DocumentAccess } }>()
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
    const updated = await registry.setStatus(id, status)
    if (!updated) throw new HTTPException(404, { message: `There is no document with id "${id}".` })
    return c.json(summarise(updated))
  })
  return routes
}
