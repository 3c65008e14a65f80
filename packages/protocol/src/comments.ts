import { roles } from '@minutes/permissions'
import { z } from 'zod'
import { requestBody } from './requestBody'

/** A comment's words; the comment model bounds their length, and the server says so. */
const Body = z.string({ error: 'The comment must be text.' }).trim().min(1, 'Write a comment.')

/** `POST /api/docs/:id/comments`: a thread on the `occurrence`-th (from 1) exact `quote`. */
export const NewThread = requestBody({
  quote: z.string({ error: 'The quote must be text.' }).min(1, 'Quote the text to comment on.'),
  body: Body,
  occurrence: z
    .number({ error: 'The occurrence must be a whole number from 1.' })
    .int('The occurrence must be a whole number from 1.')
    .min(1, 'The occurrence must be a whole number from 1.')
    .optional(),
})
export type NewThread = z.input<typeof NewThread>

/** `POST /api/docs/:id/comments/:threadId/replies` and `PATCH …/:threadId/:commentId`. */
export const CommentText = requestBody({ body: Body })
export type CommentText = z.input<typeof CommentText>

export const CreatedThread = z.strictObject({ id: z.string() })
export type CreatedThread = z.output<typeof CreatedThread>

/** One comment as the API tells it; times are ISO 8601. A deleted comment has no words. */
export const CommentView = z.strictObject({
  id: z.string(),
  author: z.strictObject({ name: z.string(), role: z.enum(roles) }),
  body: z.string(),
  deleted: z.boolean(),
  createdAt: z.string(),
  editedAt: z.string().optional(),
})
export type CommentView = z.output<typeof CommentView>

/** `GET /api/docs/:id/comments`: every thread, in the order they were started. */
export const CommentThreads = z.strictObject({
  threads: z.array(
    z.strictObject({
      id: z.string(),
      quote: z.string(),
      /** The text it was on is gone. */
      detached: z.boolean(),
      resolved: z.boolean(),
      comments: z.array(CommentView),
    }),
  ),
})
export type CommentThreads = z.output<typeof CommentThreads>
