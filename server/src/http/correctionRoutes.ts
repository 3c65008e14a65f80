import type { DocumentAccess } from '@minutes/permissions'
import { CorrectionDecision, type CorrectionList, type CorrectionView } from '@minutes/protocol'
import { type Context, Hono } from 'hono'
import type { Principal } from '../auth/Principal'
import type { CorrectionsOnMinutes } from '../minutes/CorrectionsOnMinutes'
import { jsonBody } from './jsonBody'

type CorrectionVariables = { Variables: { access: DocumentAccess; principal: Principal } }

/**
 * `/api/docs/:id/corrections`: the correction round. Mounted behind requireAccess for any role;
 * the use case decides who sees what (the secretariat everything, a speaker their own blocks)
 * and that only the secretariat decides.
 */
export function correctionRoutes(corrections: CorrectionsOnMinutes): Hono<CorrectionVariables> {
  const routes = new Hono<CorrectionVariables>()
  const documentIdOf = (c: Context<CorrectionVariables>) => c.req.param('id') ?? ''

  routes.get('/', async (c) =>
    c.json((await corrections.list(documentIdOf(c), c.get('access'))) satisfies CorrectionList),
  )

  routes.post('/:correctionId', jsonBody(CorrectionDecision), async (c) => {
    const principal = c.get('principal')
    const decided = await corrections.decide(
      documentIdOf(c),
      c.req.param('correctionId'),
      c.req.valid('json'),
      { id: principal.id, name: principal.name, access: c.get('access') },
    )
    return c.json(decided satisfies CorrectionView)
  })

  return routes
}
