import { describe, expect, it } from 'vitest'
import { canManageDocument, isRole, roleLabels, roles } from './roles'

describe('roles', () => {
  it('recognises only the three roles, whatever is stored', () => {
    expect(roles.every(isRole)).toBe(true)
    for (const value of ['admin', 'Secretariat', '', null, undefined, 1, { role: 'speaker' }]) {
      expect(isRole(value)).toBe(false)
    }
  })

  it('lets only the secretariat run a document', () => {
    expect(roles.filter((role) => canManageDocument({ role }))).toEqual(['secretariat'])
  })

  it('writes each role with a capital', () => {
    expect(roles.map((role) => roleLabels[role])).toEqual(['Secretariat', 'Reviewer', 'Speaker'])
  })
})
