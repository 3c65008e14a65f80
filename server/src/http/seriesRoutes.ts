import { exportRegisterDocx } from '@minutes/export'
import type {
  ActionsRegister,
  CreatedSeries,
  SeriesList,
  SeriesPeople,
  SeriesPerson,
  SeriesView,
} from '@minutes/protocol'
import { NewSeries, RecommendationNoteChange } from '@minutes/protocol'
import { Hono } from 'hono'
import { streamSSE } from 'hono/streaming'
import type { DocumentChanges } from '../documents/DocumentChanges'
import { createSeries } from '../minutes/createSeries'
import { findSeries } from '../minutes/findSeries'
import { formatRegisterCsv } from '../minutes/formatRegisterCsv'
import { InvalidInputError } from '../minutes/InvalidInputError'
import { listSeries } from '../minutes/listSeries'
import { noteRecommendation } from '../minutes/noteRecommendation'
import { readActionsRegister } from '../minutes/readActionsRegister'
import { readRecommendationsRegister } from '../minutes/readRecommendationsRegister'
import { readSeries } from '../minutes/readSeries'
import { readSeriesPeople, readSeriesPerson } from '../minutes/readSeriesPeople'
import { registerTable } from '../minutes/registerTable'
import type { DocumentStore } from '../persistence/DocumentStore'
import { jsonBody } from './jsonBody'

export interface SeriesRoutesOptions {
  store: DocumentStore
  changes: DocumentChanges
  publicUrl: string
  /** How long changes are gathered before a register is told (ms). */
  changeDelayMs?: number
  /** How often an open event stream says it is alive (ms). */
  keepAliveMs?: number
}

/**
 * `/api/series`: create, list and read series, their recommendations register (JSON, CSV or Word,
 * with themes and duplicates noted on it) and a stream of events telling a register page when any of its minutes changed. A series spans
 * documents, so createApp lets only accounts (and the admin token) in: an invitation opens its
 * own document and nothing beside it.
 */
export function seriesRoutes({
  store,
  changes,
  publicUrl,
  changeDelayMs = 250,
  keepAliveMs = 25_000,
}: SeriesRoutesOptions): Hono {
  const routes = new Hono()
  routes.get('/', async (c) => c.json((await listSeries(store)) satisfies SeriesList))

  routes.post('/', jsonBody(NewSeries), async (c) => {
    const { id } = await createSeries(store, c.req.valid('json').title)
    return c.json({ id } satisfies CreatedSeries, 201)
  })

  routes.get('/:seriesId', async (c) =>
    c.json((await readSeries(store, c.req.param('seriesId'))) satisfies SeriesView),
  )

  routes.get('/:seriesId/recommendations', async (c) => {
    const format = c.req.query('format') ?? 'json'
    if (format !== 'json' && format !== 'csv' && format !== 'docx') {
      throw new InvalidInputError('The format must be json, csv or docx.')
    }
    const register = await readRecommendationsRegister(store, c.req.param('seriesId'))
    if (format === 'csv') {
      c.header('content-type', 'text/csv; charset=utf-8')
      c.header('content-disposition', 'attachment; filename="recommendations.csv"')
      return c.body(formatRegisterCsv(registerTable(register, publicUrl)))
    }
    if (format === 'docx') {
      const docx = await exportRegisterDocx(registerTable(register, publicUrl))
      c.header('content-type', docxType)
      c.header('content-disposition', 'attachment; filename="recommendations.docx"')
      return c.body(new Uint8Array(docx))
    }
    // Revalidated on every read: a page polling an unchanged register gets a 304.
    const body = JSON.stringify(register)
    const etag = `"${await digest(body)}"`
    c.header('etag', etag)
    c.header('cache-control', 'no-cache')
    if (c.req.header('if-none-match') === etag) return c.body(null, 304)
    return c.body(body, 200, { 'content-type': 'application/json; charset=utf-8' })
  })

  routes.patch(
    '/:seriesId/recommendations/:documentId/:blockId',
    jsonBody(RecommendationNoteChange),
    async (c) => {
      const documentId = c.req.param('documentId')
      await noteRecommendation(
        store,
        c.req.param('seriesId'),
        { documentId, blockId: c.req.param('blockId') },
        c.req.valid('json'),
      )
      // Every open register of the series shows it.
      changes.notify(documentId)
      return c.body(null, 204)
    },
  )

  routes.get('/:seriesId/actions', async (c) =>
    c.json(
      (await readActionsRegister(
        store,
        c.req.param('seriesId'),
        c.req.query('status'),
      )) satisfies ActionsRegister,
    ),
  )

  routes.get('/:seriesId/people', async (c) =>
    c.json((await readSeriesPeople(store, c.req.param('seriesId'))) satisfies SeriesPeople),
  )

  routes.get('/:seriesId/people/:personId', async (c) =>
    c.json(
      (await readSeriesPerson(
        store,
        c.req.param('seriesId'),
        c.req.param('personId'),
      )) satisfies SeriesPerson,
    ),
  )

  routes.get('/:seriesId/events', async (c) => {
    const seriesId = c.req.param('seriesId')
    await findSeries(store, seriesId)
    const members = new Set(
      (await store.listDocuments())
        .filter((meta) => meta.seriesId === seriesId)
        .map(({ id }) => id),
    )
    return streamSSE(c, async (stream) => {
      let finish = () => {}
      const finished = new Promise<void>((resolve) => {
        finish = resolve
      })
      const changed = new Set<string>()
      let timer: NodeJS.Timeout | undefined
      const tell = async () => {
        timer = undefined
        const ids = [...changed]
        changed.clear()
        let isRelevant = false
        for (const id of ids) {
          const meta = await store.getDocument(id).catch(() => undefined)
          // A meeting that left the series changes the register as much as one that joined.
          if (members.has(id) || meta?.seriesId === seriesId) isRelevant = true
          if (meta?.seriesId === seriesId) members.add(id)
          else members.delete(id)
        }
        if (isRelevant) await stream.writeSSE({ event: 'change', data: '' }).catch(finish)
      }
      const stopListening = changes.listen((documentId) => {
        changed.add(documentId)
        timer ??= setTimeout(() => void tell(), changeDelayMs)
      })
      const stopClosing = changes.onClose(finish)
      const keepAlive = setInterval(
        () => void stream.write(': alive\n\n').catch(finish),
        keepAliveMs,
      )
      stream.onAbort(finish)
      await stream.writeSSE({ event: 'ready', data: '' })
      await finished
      clearTimeout(timer)
      clearInterval(keepAlive)
      stopListening()
      stopClosing()
    })
  })
  return routes
}

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

async function digest(text: string): Promise<string> {
  const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return Buffer.from(hash).toString('base64url').slice(0, 27)
}
