import { isWorkflowStatus } from '@minutes/permissions'
import {
  maxSearchQueryLength,
  type SearchResult,
  type SearchResults,
  searchKinds,
} from '@minutes/protocol'
import type { SearchIndexer } from '../documents/SearchIndexer'
import type { DocumentMeta } from '../persistence/DocumentStore'
import type { SearchIndex } from '../persistence/SearchIndex'
import { parseSearchTerms } from '../persistence/searchTerms'
import { InvalidInputError } from './InvalidInputError'
import { makeSnippet } from './makeSnippet'
import { rankMatches } from './rankMatches'

/** What someone asked for, as it came (query parameters); checked here. */
export interface SearchInput {
  q?: string | undefined
  /** A series' id: its meetings only. */
  series?: string | undefined
  status?: string | undefined
  kind?: string | undefined
  speaker?: string | undefined
}

/** Results shown at most; the store's best this many times over are ranked to choose them. */
export const maxResults = 50
const candidatesPerResult = 4
const maxFilterLength = 200

/**
 * Full-text search in `readable`, the documents the caller may read (and nothing else): the
 * best blocks first, each with a snippet of plain text and where its matched words are.
 */
export async function searchMinutes(
  { index, indexer }: { index: SearchIndex; indexer: SearchIndexer },
  readable: readonly DocumentMeta[],
  input: SearchInput,
): Promise<SearchResults> {
  const { q = '', series, status, kind, speaker } = input
  if (q.length > maxSearchQueryLength) {
    throw new InvalidInputError(`Search for at most ${maxSearchQueryLength} characters.`)
  }
  for (const [name, value] of Object.entries(input)) {
    if (value !== undefined && value.length > maxFilterLength) {
      throw new InvalidInputError(
        `The ${name} filter is longer than ${maxFilterLength} characters.`,
      )
    }
  }
  if (status && !isWorkflowStatus(status)) {
    throw new InvalidInputError('The status must be one of draft, circulated, approved, published.')
  }
  if (kind && !(searchKinds as readonly string[]).includes(kind)) {
    throw new InvalidInputError(`The kind must be one of ${searchKinds.join(', ')}.`)
  }
  const terms = parseSearchTerms(q)
  const documents = readable.filter(
    (meta) => (!status || meta.status === status) && (!series || meta.seriesId === series),
  )
  if (terms.length === 0 || documents.length === 0) return { results: [] }
  const byId = new Map(documents.map((meta) => [meta.id, meta]))
  await indexer.ensureIndexed([...byId.keys()])
  const matches = await index.search({
    terms,
    documentIds: [...byId.keys()],
    ...(kind ? { kind } : {}),
    ...(speaker?.trim() ? { speaker: speaker.trim() } : {}),
    limit: maxResults * candidatesPerResult,
  })
  const results = rankMatches(matches, terms)
    .slice(0, maxResults)
    .flatMap((match): SearchResult[] => {
      const meta = byId.get(match.documentId)
      if (!meta) return []
      return [
        {
          docId: meta.id,
          title: meta.title,
          status: meta.status,
          blockId: match.blockId,
          kind: match.kind,
          speaker: match.speakerName,
          ...makeSnippet(match),
        },
      ]
    })
  return { results }
}
