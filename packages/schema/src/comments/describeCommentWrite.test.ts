import { describe, expect, it } from 'vitest'
import { describeCommentWrite } from './describeCommentWrite'
import { ada, sampleComment as comment, sampleThread as thread } from './sampleThread'

const rob = { id: 'invitation:rob', name: 'Rob Reviewer', role: 'reviewer' } as const
const resolvedByRob = { ...thread, resolved: { by: rob, at: 1_790_000_000_500 } }

describe('describeCommentWrite', () => {
  it('names who starts a thread or writes a comment', () => {
    expect(describeCommentWrite(undefined, thread)).toEqual({ action: 'start', actor: ada })
    expect(describeCommentWrite(undefined, comment)).toEqual({ action: 'reply', actor: ada })
  })

  it('names who resolves, and lets anyone reopen', () => {
    expect(describeCommentWrite(thread, resolvedByRob)).toEqual({ action: 'resolve', actor: rob })
    expect(describeCommentWrite(resolvedByRob, thread)).toEqual({ action: 'reopen' })
    expect(describeCommentWrite(resolvedByRob, resolvedByRob)).toEqual({ action: 'rewrite' })
  })

  it('keeps what identifies a thread', () => {
    for (const change of [
      { quote: 'other words' },
      { start: 'AQLm8Z0CAA==' },
      { author: rob },
      { author: { ...ada, name: 'Someone Else' } },
      { author: { ...ada, role: 'reviewer' as const } },
      { createdAt: 1_790_000_000_001 },
    ]) {
      expect(describeCommentWrite(thread, { ...thread, ...change })).toHaveProperty('problem')
    }
    expect(describeCommentWrite(undefined, resolvedByRob)).toHaveProperty('problem')
  })

  it('names the owner of an edited or deleted comment', () => {
    const edited = { ...comment, body: 'Fixed.', editedAt: 1_790_000_000_100 }
    expect(describeCommentWrite(comment, edited)).toEqual({ action: 'edit', owner: ada.id })
    const deleted = { ...comment, body: '', deleted: true }
    expect(describeCommentWrite(comment, deleted)).toEqual({ action: 'delete', owner: ada.id })
    expect(describeCommentWrite(comment, comment)).toEqual({ action: 'rewrite', owner: ada.id })
  })

  it('keeps a comment its author, thread and time, and deleted once deleted', () => {
    expect(describeCommentWrite(comment, { ...comment, author: rob })).toHaveProperty('problem')
    expect(describeCommentWrite(comment, { ...comment, threadId: 't2' })).toHaveProperty('problem')
    expect(describeCommentWrite(comment, { ...comment, body: 'x' })).toHaveProperty('problem')
    const deleted = { ...comment, body: '', deleted: true }
    expect(describeCommentWrite(deleted, comment)).toHaveProperty('problem')
    expect(describeCommentWrite(undefined, deleted)).toHaveProperty('problem')
    expect(
      describeCommentWrite(undefined, { ...comment, editedAt: 1_790_000_000_100 }),
    ).toHaveProperty('problem')
  })
})
