/** What someone may do with one document. */
export type Role = 'secretariat' | 'reviewer' | 'speaker'

export const roles: readonly Role[] = ['secretariat', 'reviewer', 'speaker']

/** Each role as the product writes it: share dialog, presence names. */
export const roleLabels: Readonly<Record<Role, string>> = {
  secretariat: 'Secretariat',
  reviewer: 'Reviewer',
  speaker: 'Speaker',
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value)
}

/** A person's standing on one document; a speaker is tied to their person id in the register. */
export interface DocumentAccess {
  role: Role
  /** For speakers: the person id their sections and answers carry. */
  speakerId?: string
}

/** Whether `access` runs the document: renames it, moves its workflow, invites people. */
export function canManageDocument(access: DocumentAccess): boolean {
  return access.role === 'secretariat'
}
