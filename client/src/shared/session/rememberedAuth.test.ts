// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { rememberedAuth } from './rememberedAuth'

afterEach(() => window.localStorage.clear())

describe('rememberedAuth', () => {
  it('remembers the title and status of a document, to open it offline', () => {
    expect(rememberedAuth.document('d-1')).toBeNull()
    rememberedAuth.rememberDocument('d-1', { title: 'Evidence session', status: 'circulated' })
    expect(rememberedAuth.document('d-1')).toEqual({
      title: 'Evidence session',
      status: 'circulated',
    })
    expect(rememberedAuth.document('d-2')).toBeNull()
  })

  it('ignores what does not read as a document', () => {
    window.localStorage.setItem(
      'minutes.document.d-1',
      JSON.stringify({ title: 'x', status: 'lost' }),
    )
    window.localStorage.setItem('minutes.document.d-2', '{not json')
    expect(rememberedAuth.document('d-1')).toBeNull()
    expect(rememberedAuth.document('d-2')).toBeNull()
  })

  it('forgets documents with the person, so the next one at this computer sees none of them', () => {
    rememberedAuth.remember(
      { name: 'Ada', color: '#123456', kind: 'account' },
      {
        documentId: 'd-1',
        access: { role: 'secretariat' },
        commenterId: 'c-ada',
      },
    )
    // Kept to comment offline, as the server will say she is.
    expect(rememberedAuth.commenterId('d-1')).toBe('c-ada')
    expect(rememberedAuth.commenterId('d-2')).toBeNull()
    rememberedAuth.rememberDocument('d-1', { title: 'Evidence session', status: 'draft' })
    window.localStorage.setItem('minutes.unsaved.d-1', '{}')
    window.localStorage.setItem('unrelated', 'kept')
    rememberedAuth.forget()
    expect(rememberedAuth.principal()).toBeNull()
    expect(rememberedAuth.access('d-1')).toBeNull()
    expect(rememberedAuth.document('d-1')).toBeNull()
    expect(rememberedAuth.commenterId('d-1')).toBeNull()
    expect(window.localStorage.getItem('minutes.unsaved.d-1')).toBeNull()
    expect(window.localStorage.getItem('unrelated')).toBe('kept')
  })
})
