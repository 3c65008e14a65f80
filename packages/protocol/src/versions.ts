import { workflowStatuses } from '@minutes/permissions'
import { z } from 'zod'
import { requestBody } from './requestBody'

export const maxVersionNameLength = 120

/** A person in the history: their name and the colour their changes are shown in. */
export const HistoryPerson = z.strictObject({ id: z.string(), name: z.string(), color: z.string() })
export type HistoryPerson = z.output<typeof HistoryPerson>

/** `POST /api/docs/:id/versions`: a named version of the minutes as they are now. */
export const NewVersion = requestBody({
  name: z
    .string({ error: 'The name must be text.' })
    .trim()
    .min(1, 'Give the version a name.')
    .max(maxVersionNameLength, `The name is longer than ${maxVersionNameLength} characters.`),
})
export type NewVersion = z.input<typeof NewVersion>

export const CreatedVersion = z.strictObject({ id: z.string() })
export type CreatedVersion = z.output<typeof CreatedVersion>

/** One version; `name` is null for an automatic checkpoint, shown by its time. */
export const VersionView = z.strictObject({
  id: z.string(),
  name: z.string().nullable(),
  kind: z.enum(['automatic', 'named', 'status', 'restore']),
  status: z.enum(workflowStatuses),
  createdAt: z.string(),
  /** Null when the server made it on its own. */
  createdBy: HistoryPerson.nullable(),
  /** Who edited since the previous version. */
  authors: z.array(HistoryPerson),
})
export type VersionView = z.output<typeof VersionView>

/** `GET /api/docs/:id/versions`: oldest first. */
export const VersionList = z.strictObject({ versions: z.array(VersionView) })
export type VersionList = z.output<typeof VersionList>

/** `GET /api/docs/:id/versions/:a/compare/:b`: text inserted, deleted or formatted, by whom (null: not known). */
export const VersionChanges = z.strictObject({
  changes: z.array(
    z.strictObject({
      kind: z.enum(['insert', 'delete', 'format']),
      text: z.string(),
      author: HistoryPerson.nullable(),
    }),
  ),
})
export type VersionChanges = z.output<typeof VersionChanges>

/** `GET /api/docs/:id/versions/:versionId`: the version as ProseMirror JSON and its people, to show read-only. */
export const VersionContent = z.strictObject({
  version: VersionView,
  content: z.record(z.string(), z.unknown()),
  people: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      title: z.string().optional(),
      organisation: z.string().optional(),
      role: z.string().optional(),
      alias: z.string().optional(),
    }),
  ),
})
export type VersionContent = z.output<typeof VersionContent>

/** `GET /api/docs/:id/audit`: oldest first. */
export const AuditTrail = z.strictObject({
  events: z.array(
    z.strictObject({
      at: z.string(),
      actor: z.string(),
      kind: z.string(),
      detail: z.string(),
    }),
  ),
})
export type AuditTrail = z.output<typeof AuditTrail>
