import type { DocumentAccess } from '@minutes/permissions'
import { describe, expect, it } from 'vitest'
import { describeRights } from './describeRights'

const secretariat: DocumentAccess = { role: 'secretariat' }
const reviewer: DocumentAccess = { role: 'reviewer' }
const speaker: DocumentAccess = { role: 'speaker', speakerId: 'p-tate' }

describe('describeRights', () => {
  it('tells a speaker she may correct her sections only while circulated', () => {
    expect(describeRights(speaker, 'circulated')).toBe(
      'You can correct your own sections (highlighted) while the minutes are circulated for corrections.',
    )
    expect(describeRights(speaker, 'draft')).toBe(
      'The minutes are not open for corrections at the moment.',
    )
  })

  it('tells reviewers they read, and everyone that approved minutes are closed', () => {
    expect(describeRights(reviewer, 'draft')).toBe(
      'You can read these minutes and comment on any text you select (Ctrl+Alt+M).',
    )
    expect(describeRights(speaker, 'published')).toBe(
      'These minutes are published and can no longer be changed.',
    )
    expect(describeRights(secretariat, 'approved')).toBe(
      'These minutes are approved and can no longer be changed. Reopen them to make changes.',
    )
  })

  it('says nothing to the secretariat while the minutes are open', () => {
    expect(describeRights(secretariat, 'draft')).toBeNull()
    expect(describeRights(secretariat, 'circulated')).toBeNull()
  })
})
