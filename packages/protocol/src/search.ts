import { workflowStatuses } from '@minutes/permissions'
import { z } from 'zod'

/** Longer queries are refused (400): nobody types this much into a search box. */
export const maxSearchQueryLength = 500

/** The kinds of block a search can be narrowed to (`kind=`): the parts of minutes people look for. */
export const searchKinds = [
  'speakerSection',
  'question',
  'answer',
  'recommendation',
  'decision',
  'actionItem',
  'agendaItem',
  'chairSummary',
  'meetingHeader',
  'meetingDetails',
  'attendanceList',
  'paragraph',
  'heading',
  'bulletList',
  'orderedList',
  'blockquote',
  'table',
] as const
export type SearchKind = (typeof searchKinds)[number]

/** One block that matched: `snippet` is plain text, `highlights` the [start, end) of each matched word in it. */
export const SearchResult = z.strictObject({
  docId: z.string(),
  title: z.string(),
  status: z.enum(workflowStatuses),
  blockId: z.string(),
  kind: z.string(),
  speaker: z.string().nullable(),
  snippet: z.string(),
  highlights: z.array(z.tuple([z.number().int(), z.number().int()])),
})
export type SearchResult = z.output<typeof SearchResult>

/** `GET /api/search?q=&series=&status=&kind=&speaker=`: best first. */
export const SearchResults = z.strictObject({ results: z.array(SearchResult) })
export type SearchResults = z.output<typeof SearchResults>
