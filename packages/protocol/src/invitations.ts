import { roles } from '@minutes/permissions'
import { z } from 'zod'
import { maxInvitationDays } from './limits'
import { requestBody } from './requestBody'

const maxNameLength = 100
const maxSpeakerIdLength = 100
const daysMessage = `An invitation lasts a whole number of days from 1 to ${maxInvitationDays} (expiresInDays).`

const optionalText = (field: string, maxLength: number) =>
  z
    .string({ error: `The ${field} must be text.` })
    .trim()
    .max(maxLength, `The ${field} is longer than ${maxLength} characters.`)
    .nullish()
    .transform((text) => text || undefined)

/** `POST /api/docs/:id/invites`, and `npm run minutes -- invite`. */
export const NewInvitation = requestBody({
  role: z.enum(roles, { error: `Choose the role of the invitation: ${roles.join(', ')}.` }),
  /** Required for speakers: the person id in the document's people register. */
  speakerId: optionalText('speakerId', maxSpeakerIdLength),
  /** 1 to 90; `defaultInvitationDays` when absent. */
  expiresInDays: z
    .number({ error: daysMessage })
    .int(daysMessage)
    .min(1, daysMessage)
    .max(maxInvitationDays, daysMessage)
    .nullish()
    .transform((days) => days ?? undefined),
  /** Shown beside their edits; their role when absent. */
  name: optionalText('name', maxNameLength),
})
  .refine((input) => input.role === 'speaker' || input.speakerId === undefined, {
    error: 'Only a speaker invitation names a person (speakerId).',
    path: ['speakerId'],
  })
  .refine((input) => input.role !== 'speaker' || input.speakerId !== undefined, {
    error: 'A speaker invitation needs the id of the person in the register (speakerId).',
    path: ['speakerId'],
  })
export type NewInvitation = z.input<typeof NewInvitation>

export const InvitationStatus = z.enum(['active', 'expired', 'revoked'])
export type InvitationStatus = z.output<typeof InvitationStatus>

/** An invitation link as the share dialog lists it; its token is never sent again. */
export const Invitation = z.strictObject({
  id: z.string(),
  role: z.enum(roles),
  speakerId: z.string().nullable(),
  name: z.string().nullable(),
  /** An account id, or "admin" / "cli". */
  createdBy: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  status: InvitationStatus,
})
export type Invitation = z.output<typeof Invitation>

/** A new invitation, with the one and only copy of its token and link. */
export const CreatedInvitation = Invitation.extend({ token: z.string(), url: z.string() })
export type CreatedInvitation = z.output<typeof CreatedInvitation>
