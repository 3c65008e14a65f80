import { workflowStatuses } from '@minutes/permissions'
import { z } from 'zod'
import { requestBody } from './requestBody'
import { SeriesId } from './seriesId'

export const maxTitleLength = 200
export const defaultTitle = 'Untitled minutes'

/** A trimmed title of at most 200 characters; absent, null or blank is `undefined`. */
export const Title = z
  .string({ error: 'The title must be text.' })
  .trim()
  .max(maxTitleLength, `The title is longer than ${maxTitleLength} characters.`)
  .nullish()
  .transform((title) => title || undefined)

/** A series named in a document request; null is none. */
const SeriesReference = SeriesId.nullable()

/**
 * `POST /api/docs`: without a title the minutes are "Untitled minutes"; `seriesId` makes them a
 * meeting of it, and `carryOpenActions` starts them with the open actions of its last meeting.
 */
export const NewDocument = requestBody({
  title: Title,
  seriesId: SeriesReference.optional(),
  carryOpenActions: z.boolean({ error: 'carryOpenActions must be true or false.' }).optional(),
}).refine((input) => !input.carryOpenActions || input.seriesId, {
  error: 'Actions are carried over from the last meeting of a series: send its seriesId too.',
})
export type NewDocument = z.input<typeof NewDocument>

/** `PATCH /api/docs/:id`: a new title, another series (null: none), or both. */
export const DocumentChange = requestBody({
  title: Title.pipe(
    z.string({ error: `Give the document a title of 1 to ${maxTitleLength} characters.` }),
  ).optional(),
  seriesId: SeriesReference.optional(),
}).refine((change) => change.title !== undefined || change.seriesId !== undefined, {
  error: 'Send a title, a seriesId, or both.',
})
export type DocumentChange = z.input<typeof DocumentChange>

/** `POST /api/docs/:id/status`. */
export const StatusChange = requestBody({
  status: z.enum(workflowStatuses, {
    error: `The status must be one of ${workflowStatuses.join(', ')}.`,
  }),
})
export type StatusChange = z.input<typeof StatusChange>

export const CreatedDocument = z.strictObject({ id: z.string() })
export type CreatedDocument = z.output<typeof CreatedDocument>

/** A document as lists and the editor show it; times are ISO 8601. */
export const DocumentSummary = z.strictObject({
  id: z.string(),
  title: z.string(),
  status: z.enum(workflowStatuses),
  /** The last change. */
  updatedAt: z.string(),
  /** Who approved the minutes and when, while approved or published. */
  approvedBy: z.string().nullable(),
  approvedAt: z.string().nullable(),
  /** Who published them and when, while published. */
  publishedBy: z.string().nullable(),
  publishedAt: z.string().nullable(),
  /** The series the minutes are a meeting of. */
  seriesId: z.string().nullable(),
  /** Comment threads not yet resolved; in the document list only. */
  openThreads: z.number().int().nonnegative().optional(),
})
export type DocumentSummary = z.output<typeof DocumentSummary>

/** Every refusal and failure of the API: a message a person can act on. */
export const ErrorBody = z.strictObject({ error: z.string() })
export type ErrorBody = z.output<typeof ErrorBody>
