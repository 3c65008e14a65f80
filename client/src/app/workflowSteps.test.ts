import { canSetStatus, type WorkflowStatus } from '@minutes/permissions'
import { describe, expect, it } from 'vitest'
import { nextStep, reopenTargetsOf } from './workflowSteps'

const secretariat = { role: 'secretariat' } as const

describe('nextStep', () => {
  it('goes one step forward, asking before approving and publishing', () => {
    expect(nextStep('draft')).toMatchObject({
      to: 'circulated',
      label: 'Circulate for corrections',
    })
    expect(nextStep('draft')?.confirm).toBeUndefined()
    expect(nextStep('circulated')).toMatchObject({ to: 'approved', label: 'Approve' })
    expect(nextStep('circulated')?.confirm).toBeDefined()
    expect(nextStep('approved')).toMatchObject({ to: 'published', label: 'Publish' })
    expect(nextStep('approved')?.confirm).toBeDefined()
    expect(nextStep('published')).toBeUndefined()
  })

  it('offers only moves the server allows', () => {
    for (const status of ['draft', 'circulated', 'approved'] as const) {
      const step = nextStep(status)
      expect(step && canSetStatus(secretariat, status, step.to).allowed).toBe(true)
    }
  })
})

describe('reopenTargetsOf', () => {
  const cases: [WorkflowStatus, string[]][] = [
    ['draft', []],
    ['circulated', ['draft']],
    ['approved', ['draft', 'circulated']],
    ['published', ['draft', 'circulated']],
  ]
  it.each(cases)('from %s: %o', (status, targets) => {
    expect(reopenTargetsOf(secretariat, status)).toEqual(targets)
  })

  it('offers nothing to other roles', () => {
    expect(reopenTargetsOf({ role: 'speaker', speakerId: 'p-1' }, 'approved')).toEqual([])
    expect(reopenTargetsOf({ role: 'reviewer' }, 'published')).toEqual([])
  })
})
