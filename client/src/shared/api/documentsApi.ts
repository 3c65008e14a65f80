import type { WorkflowStatus } from '@minutes/permissions'
import type {
  ActionsRegister,
  CreatedDocument,
  CreatedInvitation,
  CreatedSeries,
  DocumentChange,
  DocumentSummary,
  Invitation,
  NewDocument,
  NewInvitation,
  NewSeries,
  RecommendationNoteChange,
  RecommendationsRegister,
  SearchResults,
  SeriesList,
  SeriesPeople,
  SeriesPerson,
  SeriesView,
  StatusChange,
} from '@minutes/protocol'
import { handleUnauthorized } from '../session/handleUnauthorized'
import { ApiError } from './ApiError'
import { requestJson } from './requestJson'

/** A request of the documents API: a 401 means the session has ended, so the person goes to sign in. */
async function requestSignedIn<T>(path: string, init?: RequestInit): Promise<T> {
  try {
    return await requestJson<T>(path, init)
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) handleUnauthorized()
    throw error
  }
}

/** `GET /api/search`'s parameters, as the search box fills them. */
export interface SearchQuery {
  q: string
  status?: string
  kind?: string
  speaker?: string
  /** A series' id: only its meetings. */
  series?: string
}

const documentPath = (id: string) => `/api/docs/${encodeURIComponent(id)}`
const seriesPath = (id: string) => `/api/series/${encodeURIComponent(id)}`

/** Where a series' register is told of changes (server-sent events), and its CSV and Word files. */
export const seriesEventsPath = (id: string) => `${seriesPath(id)}/events`
export const seriesRegisterFilePath = (id: string, format: 'csv' | 'docx') =>
  `${seriesPath(id)}/recommendations?format=${format}`

/** The documents HTTP API of the Minutes server (same origin). */
export const documentsApi = {
  list: (signal?: AbortSignal) => requestSignedIn<DocumentSummary[]>('/api/docs', { signal }),

  /**
   * New minutes, a meeting of `seriesId` when given, starting with its last meeting's open
   * actions when `carryOpenActions`.
   */
  create: (title: string, seriesId: string | null = null, carryOpenActions = false) =>
    requestSignedIn<CreatedDocument>('/api/docs', {
      method: 'POST',
      body: JSON.stringify({
        title,
        seriesId,
        ...(carryOpenActions ? { carryOpenActions } : {}),
      } satisfies NewDocument),
    }),

  get: (id: string, signal?: AbortSignal) =>
    requestSignedIn<DocumentSummary>(documentPath(id), { signal }),

  rename: (id: string, title: string) =>
    requestSignedIn<DocumentSummary>(documentPath(id), {
      method: 'PATCH',
      body: JSON.stringify({ title } satisfies DocumentChange),
    }),

  /** Makes the minutes a meeting of the series, or of none (`null`). */
  moveToSeries: (id: string, seriesId: string | null) =>
    requestSignedIn<DocumentSummary>(documentPath(id), {
      method: 'PATCH',
      body: JSON.stringify({ seriesId } satisfies DocumentChange),
    }),

  listSeries: (signal?: AbortSignal) => requestSignedIn<SeriesList>('/api/series', { signal }),

  createSeries: (title: string) =>
    requestSignedIn<CreatedSeries>('/api/series', {
      method: 'POST',
      body: JSON.stringify({ title } satisfies NewSeries),
    }),

  /** The series with its meetings in order. */
  getSeries: (id: string, signal?: AbortSignal) =>
    requestSignedIn<SeriesView>(seriesPath(id), { signal }),

  /** Every recommendation of the series' meetings; revalidated by ETag, so polling is cheap. */
  getRecommendations: (seriesId: string, signal?: AbortSignal) =>
    requestSignedIn<RecommendationsRegister>(`${seriesPath(seriesId)}/recommendations`, {
      signal,
    }),

  /** The series' actions, each once where agreed; `open`: those not done or dropped. */
  getActions: (seriesId: string, status: 'open' | 'all', signal?: AbortSignal) =>
    requestSignedIn<ActionsRegister>(`${seriesPath(seriesId)}/actions?status=${status}`, {
      signal,
    }),

  /** Everyone the series' meetings name, one id a person. */
  getSeriesPeople: (seriesId: string, signal?: AbortSignal) =>
    requestSignedIn<SeriesPeople>(`${seriesPath(seriesId)}/people`, { signal }),

  /** What one person said, proposed and owes across the series. */
  getSeriesPerson: (seriesId: string, personId: string, signal?: AbortSignal) =>
    requestSignedIn<SeriesPerson>(
      `${seriesPath(seriesId)}/people/${encodeURIComponent(personId)}`,
      { signal },
    ),

  /** Tags a recommendation of the register with themes, or marks it a duplicate of another. */
  noteRecommendation: (
    seriesId: string,
    block: { documentId: string; blockId: string },
    change: RecommendationNoteChange,
  ) =>
    requestSignedIn<null>(
      `${seriesPath(seriesId)}/recommendations/${encodeURIComponent(block.documentId)}/${encodeURIComponent(block.blockId)}`,
      { method: 'PATCH', body: JSON.stringify(change) },
    ),

  /** Moves the minutes through their workflow; 409 with the reason for a move that is not allowed. */
  setStatus: (id: string, status: WorkflowStatus) =>
    requestSignedIn<DocumentSummary>(`${documentPath(id)}/status`, {
      method: 'POST',
      body: JSON.stringify({ status } satisfies StatusChange),
    }),

  listInvitations: (id: string, signal?: AbortSignal) =>
    requestSignedIn<Invitation[]>(`${documentPath(id)}/invites`, { signal }),

  createInvitation: (id: string, invitation: NewInvitation) =>
    requestSignedIn<CreatedInvitation>(`${documentPath(id)}/invites`, {
      method: 'POST',
      body: JSON.stringify(invitation),
    }),

  /** Full-text search over every document the person may read; empty filters are left out. */
  search: (query: SearchQuery, signal?: AbortSignal) => {
    const parameters = new URLSearchParams()
    for (const [name, value] of Object.entries(query)) if (value) parameters.set(name, value)
    return requestSignedIn<SearchResults>(`/api/search?${parameters}`, { signal })
  },

  /** Withdraws the link; whoever holds it is signed out at once, open editors included. */
  revokeInvitation: (id: string, invitationId: string) =>
    requestSignedIn<null>(`${documentPath(id)}/invites/${encodeURIComponent(invitationId)}`, {
      method: 'DELETE',
    }),
}
