import { describe, expect, it } from 'vitest'
import { maxCommentBodyLength, maxMentionsPerComment, maxQuoteLength } from './CommentThread'
import { checkCommentEntry } from './checkCommentEntry'
import { ada, sampleComment as comment, sampleThread as thread } from './sampleThread'

describe('checkCommentEntry', () => {
  it('takes a thread and a comment under the keys their ids make', () => {
    expect(checkCommentEntry('thread:t1', thread)).toBeUndefined()
    expect(checkCommentEntry('comment:t1:c1', comment)).toBeUndefined()
    expect(
      checkCommentEntry('thread:t1', { ...thread, resolved: { by: ada, at: 1_790_000_000_001 } }),
    ).toBeUndefined()
    expect(
      checkCommentEntry('comment:t1:c1', { ...comment, body: '', deleted: true }),
    ).toBeUndefined()
  })

  it('refuses keys that are not a thread or a comment, and entries filed under other ids', () => {
    expect(checkCommentEntry('people', thread)).toMatch(/not a thread or a comment/)
    expect(checkCommentEntry('thread:t1:x', thread)).toMatch(/not a thread or a comment/)
    expect(checkCommentEntry('thread:__proto__x!', thread)).toMatch(/not a thread/)
    expect(checkCommentEntry('thread:__proto__', thread)).toMatch(/not a thread/)
    expect(checkCommentEntry('comment:t1:constructor', comment)).toMatch(/not a thread/)
    expect(checkCommentEntry('thread:t2', thread)).toMatch(/own ids/)
    expect(checkCommentEntry('comment:t2:c1', comment)).toMatch(/own ids/)
    expect(checkCommentEntry('thread:t1', comment)).toMatch(/needs a start/)
  })

  it('refuses missing, extra and mistyped fields', () => {
    const { quote: _quote, ...withoutQuote } = thread
    expect(checkCommentEntry('thread:t1', withoutQuote)).toMatch(/needs a quote/)
    expect(checkCommentEntry('thread:t1', { ...thread, colour: 'red' })).toMatch(/no field/)
    expect(checkCommentEntry('thread:t1', { ...thread, author: { id: 'x' } })).toMatch(/name/)
    expect(
      checkCommentEntry('thread:t1', { ...thread, author: { ...ada, role: 'chair' } }),
    ).toMatch(/not one of/)
    expect(checkCommentEntry('thread:t1', { ...thread, start: 'not base64!' })).toMatch(/anchor/)
    expect(checkCommentEntry('thread:t1', { ...thread, createdAt: 'today' })).toMatch(/moment/)
    expect(checkCommentEntry('comment:t1:c1', { ...comment, deleted: 'no' })).toMatch(/true/)
    expect(checkCommentEntry('comment:t1:c1', JSON.parse('{"__proto__":{"x":1}}'))).toMatch(
      /named values|needs/,
    )
    expect(checkCommentEntry('comment:t1:c1', [comment])).toMatch(/named values/)
    expect(checkCommentEntry('comment:t1:c1', 'a comment')).toMatch(/named values/)
  })

  it('bounds bodies, quotes and mentions', () => {
    const long = 'x'.repeat(maxCommentBodyLength + 1)
    expect(checkCommentEntry('comment:t1:c1', { ...comment, body: long })).toMatch(/longer/)
    const quote = 'x'.repeat(maxQuoteLength + 1)
    expect(checkCommentEntry('thread:t1', { ...thread, quote })).toMatch(/longer/)
    const mentions = Array.from({ length: maxMentionsPerComment + 1 }, (_, index) => `p${index}`)
    expect(checkCommentEntry('comment:t1:c1', { ...comment, mentions })).toMatch(/at most/)
    expect(checkCommentEntry('comment:t1:c1', { ...comment, mentions: ['no spaces'] })).toMatch(
      /person's id/,
    )
  })

  it('wants words in a comment, and none in a deleted one', () => {
    expect(checkCommentEntry('comment:t1:c1', { ...comment, body: '  ' })).toMatch(/some words/)
    expect(checkCommentEntry('comment:t1:c1', { ...comment, deleted: true })).toMatch(/no words/)
  })
})
