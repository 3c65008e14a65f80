import { canSetStatus, type WorkflowStatus } from '@minutes/permissions'
import { describe, expect, it } from 'vitest'
import { nextStep, reopenStep, reopenTargetsOf } from './workflowSteps'

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

describe('reopenStep', () => {
  it('asks before reopening published minutes, saying the public page goes offline', () => {
    for (const to of ['draft', 'circulated'] as const) {
      const step = reopenStep('published', to)
      expect(step.to).toBe(to)
      expect(step.confirm?.body).toContain('The public page goes offline at once')
      expect(step.confirm?.body).toContain('who approved and published them is cleared')
    }
  })

  it('asks before withdrawing an approval', () => {
    expect(reopenStep('approved', 'circulated')).toMatchObject({
      label: 'Reopen for corrections',
      confirm: {
        title: 'Reopen these minutes for corrections?',
        body: expect.stringContaining('The approval is withdrawn'),
      },
    })
  })

  it('reopens circulated minutes as a draft without asking: nothing anyone relies on is undone', () => {
    expect(reopenStep('circulated', 'draft')).toEqual({ to: 'draft', label: 'Reopen as draft' })
  })
})
