import type { SearchResults } from '@minutes/protocol'
import { Hono } from 'hono'
import type { Authenticator } from '../auth/Authenticator'
import type { SearchIndexer } from '../documents/SearchIndexer'
import { searchMinutes } from '../minutes/searchMinutes'
import type { DocumentMeta, DocumentStore } from '../persistence/DocumentStore'
import type { SearchIndex } from '../persistence/SearchIndex'

export interface SearchRoutesOptions {
  index: SearchIndex
  indexer: SearchIndexer
  store: DocumentStore
  authenticator: Authenticator
}

/**
 * `GET /api/search?q=&series=&status=&kind=&speaker=`: every document the caller may read, and
 * only those: an invitation searches its own document, the secretariat all of them.
 */
export function searchRoutes({ index, indexer, store, authenticator }: SearchRoutesOptions): Hono {
  const routes = new Hono()
  routes.get('/', async (c) => {
    const principal = await authenticator.authenticate(c.req.raw)
    if (!principal) return c.json({ error: 'Sign in, or open your invitation link again.' }, 401)
    const candidates =
      principal.kind === 'invitation'
        ? [await store.getDocument(principal.documentId)].filter(
            (meta): meta is DocumentMeta => meta !== undefined,
          )
        : await store.listDocuments()
    const readable: DocumentMeta[] = []
    for (const meta of candidates) {
      if (await authenticator.accessTo(principal, meta.id)) readable.push(meta)
    }
    const { q, series, status, kind, speaker } = c.req.query()
    const results = await searchMinutes({ index, indexer }, readable, {
      q,
      series,
      status,
      kind,
      speaker,
    })
    return c.json(results satisfies SearchResults)
  })
  return routes
}
