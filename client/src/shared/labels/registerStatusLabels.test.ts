import { describe, expect, it } from 'vitest'
import { registerStatusLabels } from './registerStatusLabels'

describe('registerStatusLabels', () => {
  it('writes the schema’s statuses alone, with a capital', () => {
    expect(registerStatusLabels).toEqual({
      proposed: 'Proposed',
      agreed: 'Agreed',
      noted: 'Noted',
      rejected: 'Rejected',
      open: 'Open',
      inProgress: 'In progress',
      done: 'Done',
      dropped: 'Dropped',
    })
  })
})
