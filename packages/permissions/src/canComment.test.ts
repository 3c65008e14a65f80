import { describe, expect, it } from 'vitest'
import { canChange } from './canChange'
import { canComment, canCommentNow } from './canComment'
import type { DescribedChange } from './DescribedChange'
import type { DocumentAccess } from './roles'
import { type WorkflowStatus, workflowStatuses } from './workflow'

const ada = { id: 'account:ada', name: 'Ada Clerk', role: 'secretariat' } as const
const rob = { id: 'invitation:rob', name: 'Rob Reviewer', role: 'reviewer' } as const
const everyone: DocumentAccess[] = [
  { role: 'secretariat' },
  { role: 'reviewer' },
  { role: 'speaker', speakerId: 'p-ada' },
]

describe('canComment', () => {
  it('lets every role comment, reply and resolve until the minutes are published', () => {
    for (const access of everyone) {
      for (const status of workflowStatuses) {
        for (const action of ['start', 'reply', 'resolve'] as const) {
          const verdict = canComment(access, status, { target: 'comment', action, actor: rob }, rob)
          expect(verdict.allowed, `${access.role} ${action} when ${status}`).toBe(
            status !== 'published',
          )
        }
      }
    }
    expect(canCommentNow({ role: 'reviewer' }, 'published')).toEqual({
      allowed: false,
      reason: 'Nobody can comment on published minutes.',
    })
  })

  it("refuses a comment or resolution in someone else's name, or without a known writer", () => {
    const status: WorkflowStatus = 'circulated'
    const forged = { target: 'comment', action: 'reply', actor: ada } as const
    expect(canComment({ role: 'reviewer' }, status, forged, rob).allowed).toBe(false)
    const renamed = { target: 'comment', action: 'start', actor: { ...rob, name: 'Ada' } } as const
    expect(canComment({ role: 'reviewer' }, status, renamed, rob).allowed).toBe(false)
    expect(canComment({ role: 'reviewer' }, status, forged, undefined).allowed).toBe(false)
    const promoted = {
      target: 'comment',
      action: 'start',
      actor: { ...rob, role: 'secretariat' },
    } as const
    expect(canComment({ role: 'reviewer' }, status, promoted, rob).allowed).toBe(false)
  })

  it('lets only the author edit or delete a comment, and anyone reopen', () => {
    for (const action of ['edit', 'delete', 'rewrite'] as const) {
      const change = { target: 'comment', action, owner: ada.id } as const
      expect(canComment({ role: 'secretariat' }, 'draft', change, rob).allowed).toBe(false)
      expect(canComment({ role: 'reviewer' }, 'draft', change, ada).allowed).toBe(true)
    }
    const reopen = { target: 'comment', action: 'reopen' } as const
    expect(canComment({ role: 'speaker' }, 'approved', reopen, rob).allowed).toBe(true)
  })

  it('is what canChange asks for comment writes, while reviewers still change no text', () => {
    const reply = { target: 'comment', action: 'reply', actor: rob } as const
    expect(canChange({ role: 'reviewer' }, 'approved', reply, rob).allowed).toBe(true)
    const text = { target: 'content', action: 'insert', path: [] } satisfies DescribedChange
    expect(canChange({ role: 'reviewer' }, 'draft', text, rob).allowed).toBe(false)
  })
})
