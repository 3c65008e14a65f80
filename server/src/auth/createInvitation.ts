import { type Role, roles } from '@minutes/permissions'
import type { AuthStore, Invitation } from './AuthStore'
import { createToken, hashToken } from './createToken'

/** As it arrives from a request body or the command line, unchecked. */
export interface InvitationInput {
  role?: unknown
  speakerId?: unknown
  expiresInDays?: unknown
  name?: unknown
}

export interface InvitationContext {
  documentId: string
  /** An account id, or "admin" / "cli". */
  createdBy: string
  /** Where people open the app, without a trailing slash: links start with it. */
  publicUrl: string
  now: Date
}

export interface CreatedInvitation {
  invitation: Invitation
  /** Shown once: only its hash is kept. */
  token: string
  url: string
}

/** Input a person can correct; the message says how. */
export class InvitationInputError extends Error {
  override name = 'InvitationInputError'
}

export const defaultInvitationDays = 14
export const maxInvitationDays = 90
const maxNameLength = 100
const maxSpeakerIdLength = 100

/** Checks the input and stores a new invitation link to one document. */
export async function createInvitation(
  store: AuthStore,
  { documentId, createdBy, publicUrl, now }: InvitationContext,
  input: InvitationInput,
): Promise<CreatedInvitation> {
  const role = readRole(input.role)
  const speakerId = readSpeakerId(input.speakerId, role)
  const days = readDays(input.expiresInDays)
  const name = readName(input.name)
  const token = createToken()
  const invitation = await store.createInvitation({
    documentId,
    role,
    ...(speakerId === undefined ? {} : { speakerId }),
    ...(name === undefined ? {} : { name }),
    tokenHash: hashToken(token),
    createdBy,
    expiresAt: new Date(now.getTime() + days * 24 * 3_600_000).toISOString(),
  })
  return { invitation, token, url: `${publicUrl}/invite/${token}` }
}

function readRole(value: unknown): Role {
  if (typeof value === 'string' && (roles as readonly string[]).includes(value)) {
    return value as Role
  }
  throw new InvitationInputError(`Choose the role of the invitation: ${roles.join(', ')}.`)
}

function readSpeakerId(value: unknown, role: Role): string | undefined {
  const speakerId = typeof value === 'string' ? value.trim() : value
  if (role !== 'speaker') {
    if (speakerId === undefined || speakerId === null || speakerId === '') return undefined
    throw new InvitationInputError('Only a speaker invitation names a person (speakerId).')
  }
  if (typeof speakerId !== 'string' || speakerId === '') {
    throw new InvitationInputError(
      'A speaker invitation needs the id of the person in the register (speakerId).',
    )
  }
  if (speakerId.length > maxSpeakerIdLength) {
    throw new InvitationInputError(`The speakerId is longer than ${maxSpeakerIdLength} characters.`)
  }
  return speakerId
}

function readDays(value: unknown): number {
  if (value === undefined || value === null) return defaultInvitationDays
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < 1 ||
    value > maxInvitationDays
  ) {
    throw new InvitationInputError(
      `An invitation lasts a whole number of days from 1 to ${maxInvitationDays} (expiresInDays).`,
    )
  }
  return value
}

function readName(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') throw new InvitationInputError('The name must be text.')
  const name = value.trim()
  if (name.length > maxNameLength) {
    throw new InvitationInputError(`The name is longer than ${maxNameLength} characters.`)
  }
  return name === '' ? undefined : name
}
