export const officerRoles = ['chair', 'viceChair', 'secretary', 'treasurer', 'clerk'] as const
export type OfficerRole = (typeof officerRoles)[number]

/** How each role is written in minutes, singular and plural. */
export const officerRoleLabels: Record<OfficerRole, { one: string; many: string }> = {
  chair: { one: 'Chair', many: 'Chairs' },
  viceChair: { one: 'Vice-Chair', many: 'Vice-Chairs' },
  secretary: { one: 'Secretary', many: 'Secretaries' },
  treasurer: { one: 'Treasurer', many: 'Treasurers' },
  clerk: { one: 'Clerk', many: 'Clerks' },
}
