import { describe, expect, it } from 'vitest'
import { editorPath, matchRoute } from './matchRoute'

describe('matchRoute', () => {
  it('shows the document list at the root', () => {
    expect(matchRoute('/')).toEqual({ page: 'documents' })
  })

  it('opens the editor for /d/:docId, with or without a trailing slash', () => {
    expect(matchRoute('/d/abc123')).toEqual({ page: 'editor', docId: 'abc123' })
    expect(matchRoute('/d/abc123/')).toEqual({ page: 'editor', docId: 'abc123' })
  })

  it('round-trips ids that need encoding', () => {
    expect(matchRoute(editorPath('a b/c'))).toEqual({ page: 'editor', docId: 'a b/c' })
  })

  it('treats unknown and malformed paths as not found', () => {
    expect(matchRoute('/d/')).toEqual({ page: 'not-found' })
    expect(matchRoute('/d/a/b')).toEqual({ page: 'not-found' })
    expect(matchRoute('/settings')).toEqual({ page: 'not-found' })
    expect(matchRoute('/d/%E0%A4%A')).toEqual({ page: 'not-found' })
  })
})
