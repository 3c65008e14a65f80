import type { CreatedSeries, SeriesList, SeriesView } from '@minutes/protocol'
import { NewSeries } from '@minutes/protocol'
import { Hono } from 'hono'
import { createSeries } from '../minutes/createSeries'
import { listSeries } from '../minutes/listSeries'
import { readSeries } from '../minutes/readSeries'
import type { DocumentStore } from '../persistence/DocumentStore'
import { jsonBody } from './jsonBody'

/**
 * `/api/series`: create, list and read series. A series spans documents, so createApp lets
 * only accounts (and the admin token) in: an invitation opens its own document and nothing beside it.
 */
export function seriesRoutes(store: DocumentStore): Hono {
  const routes = new Hono()
  routes.get('/', async (c) => c.json((await listSeries(store)) satisfies SeriesList))

  routes.post('/', jsonBody(NewSeries), async (c) => {
    const { id } = await createSeries(store, c.req.valid('json').title)
    return c.json({ id } satisfies CreatedSeries, 201)
  })

  routes.get('/:seriesId', async (c) =>
    c.json((await readSeries(store, c.req.param('seriesId'))) satisfies SeriesView),
  )
  return routes
}
