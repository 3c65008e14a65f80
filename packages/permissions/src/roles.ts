/** What someone may do with one document. */
export type Role = 'secretariat' | 'reviewer' | 'speaker'

export const roles: readonly Role[] = ['secretariat', 'reviewer', 'speaker']

/** A person's standing on one document; a speaker is tied to their person id in the register. */
export interface DocumentAccess {
  role: Role
  /** For speakers: the person id their sections and answers carry. */
  speakerId?: string
}
