import type { Role } from '@minutes/permissions'
import { defaultInvitationDays } from '@minutes/protocol'
import type { AuthStore, Invitation } from './AuthStore'
import { createToken, hashToken } from './createToken'

/** Checked and trimmed by `@minutes/protocol`'s `NewInvitation` before it comes here. */
export interface InvitationInput {
  role: Role
  /** Speakers only: their person id in the document's register. */
  speakerId?: string | undefined
  /** 14 (`defaultInvitationDays`) when absent. */
  expiresInDays?: number | undefined
  name?: string | undefined
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

/** Stores a new invitation link to one document. */
export async function createInvitation(
  store: AuthStore,
  { documentId, createdBy, publicUrl, now }: InvitationContext,
  input: InvitationInput,
): Promise<CreatedInvitation> {
  const { role, speakerId, name, expiresInDays: days = defaultInvitationDays } = input
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
