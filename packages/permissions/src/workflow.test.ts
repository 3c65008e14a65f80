import { describe, expect, it } from 'vitest'
import {
  hasReached,
  isLocked,
  isOpenForCorrections,
  workflowStatuses,
  workflowStatusLabels,
} from './workflow'

describe('the workflow', () => {
  it('knows how far minutes have got', () => {
    expect(hasReached('approved', 'approved')).toBe(true)
    expect(hasReached('published', 'approved')).toBe(true)
    expect(hasReached('circulated', 'approved')).toBe(false)
    expect(hasReached('draft', 'draft')).toBe(true)
  })

  it('locks approved and published minutes, and opens only circulated ones for corrections', () => {
    expect(workflowStatuses.filter(isLocked)).toEqual(['approved', 'published'])
    expect(workflowStatuses.filter(isOpenForCorrections)).toEqual(['circulated'])
  })

  it('writes each status with a capital', () => {
    expect(workflowStatuses.map((status) => workflowStatusLabels[status])).toEqual([
      'Draft',
      'Circulated',
      'Approved',
      'Published',
    ])
  })
})
