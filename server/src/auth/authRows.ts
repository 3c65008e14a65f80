import type { Role } from '@minutes/permissions'
import type { Account, Invitation, Session } from './AuthStore'

// The rows of the auth tables as both SQL stores read them (SQLite and PostgreSQL keep the same
// columns and text timestamps), and their one mapping to the store's types.

export interface AccountRow {
  id: string
  name: string
  email: string
  password_hash: string
  created_at: string
}

export interface SessionRow {
  token_hash: string
  account_id: string | null
  invitation_id: string | null
  expires_at: string
}

export interface InvitationRow {
  id: string
  document_id: string
  role: Role
  speaker_id: string | null
  name: string | null
  token_hash: string
  created_by: string
  created_at: string
  expires_at: string
  revoked_at: string | null
}

export function toAccount(row: AccountRow): Account {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    passwordHash: row.password_hash,
    createdAt: row.created_at,
  }
}

export function toSession(row: SessionRow): Session {
  const base = { tokenHash: row.token_hash, expiresAt: row.expires_at }
  return row.account_id !== null
    ? { ...base, accountId: row.account_id }
    : // The table's CHECK makes exactly one of the two set.
      { ...base, invitationId: row.invitation_id as string }
}

export function toInvitation(row: InvitationRow): Invitation {
  return {
    id: row.id,
    documentId: row.document_id,
    role: row.role,
    ...(row.speaker_id === null ? {} : { speakerId: row.speaker_id }),
    ...(row.name === null ? {} : { name: row.name }),
    tokenHash: row.token_hash,
    createdBy: row.created_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    ...(row.revoked_at === null ? {} : { revokedAt: row.revoked_at }),
  }
}
