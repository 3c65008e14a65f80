import type { CommentThread, ThreadComment } from './CommentThread'

/** Test data: a thread on "the budget" started by Ada, and her first comment in it. */
export const ada = { id: 'account:ada', name: 'Ada Clerk', role: 'secretariat' } as const

export const sampleThread: CommentThread = {
  id: 't1',
  start: 'AQLm8Z0CBA==',
  end: 'AQLm8Z0CCQ==',
  quote: 'the budget',
  createdAt: 1_790_000_000_000,
  author: ada,
  resolved: null,
}

export const sampleComment: ThreadComment = {
  id: 'c1',
  threadId: 't1',
  author: ada,
  body: 'Is this the right figure?',
  createdAt: 1_790_000_000_000,
  editedAt: null,
  deleted: false,
  mentions: [],
}
