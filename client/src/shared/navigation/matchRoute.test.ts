import { describe, expect, it } from 'vitest'
import {
  editorPath,
  matchRoute,
  personPath,
  readNextPath,
  seriesPath,
  signInPath,
} from './matchRoute'

describe('matchRoute', () => {
  it('shows the document list at the root', () => {
    expect(matchRoute('/')).toEqual({ page: 'documents' })
  })

  it('opens the editor for /d/:docId, with or without a trailing slash', () => {
    expect(matchRoute('/d/abc123')).toEqual({ page: 'editor', docId: 'abc123' })
    expect(matchRoute('/d/abc123/')).toEqual({ page: 'editor', docId: 'abc123' })
  })

  it('opens a series for /s/:seriesId', () => {
    expect(matchRoute('/s/inq1/')).toEqual({ page: 'series', seriesId: 'inq1' })
    expect(matchRoute('/s/inq1/recommendations')).toEqual({ page: 'register', seriesId: 'inq1' })
    expect(matchRoute('/s/inq1/other')).toEqual({ page: 'not-found' })
    expect(matchRoute(personPath('inq1', 'ada lovell'))).toEqual({
      page: 'person',
      seriesId: 'inq1',
      personId: 'ada lovell',
    })
    expect(matchRoute('/s/inq1/people/')).toEqual({ page: 'not-found' })
    expect(matchRoute('/s/inq1/people/%E0%A4%A')).toEqual({ page: 'not-found' })
    expect(matchRoute('/s/')).toEqual({ page: 'not-found' })
    expect(matchRoute('/s/%E0%A4%A')).toEqual({ page: 'not-found' })
  })

  it('round-trips ids that need encoding', () => {
    expect(matchRoute(editorPath('a b/c'))).toEqual({ page: 'editor', docId: 'a b/c' })
    expect(matchRoute(seriesPath('a b/c'))).toEqual({ page: 'series', seriesId: 'a b/c' })
  })

  it('treats unknown and malformed paths as not found', () => {
    expect(matchRoute('/d/')).toEqual({ page: 'not-found' })
    expect(matchRoute('/d/a/b')).toEqual({ page: 'not-found' })
    expect(matchRoute('/settings')).toEqual({ page: 'not-found' })
    expect(matchRoute('/d/%E0%A4%A')).toEqual({ page: 'not-found' })
  })
})

describe('signInPath and readNextPath', () => {
  it('routes the pages before the minutes, query or not', () => {
    expect(matchRoute('/sign-in')).toEqual({ page: 'sign-in' })
    expect(matchRoute('/setup')).toEqual({ page: 'setup' })
    expect(matchRoute('/invitation-ended/')).toEqual({ page: 'invitation-ended' })
  })

  it('comes back to the page that sent the person to sign in', () => {
    const path = signInPath('/d/abc?x=1')
    expect(path).toBe('/sign-in?next=%2Fd%2Fabc%3Fx%3D1')
    expect(readNextPath(new URL(path, 'http://localhost').search)).toBe('/d/abc?x=1')
    expect(signInPath('/')).toBe('/sign-in')
  })

  it('goes to the list for a missing, foreign or looping next', () => {
    for (const search of [
      '',
      '?next=',
      '?next=https://evil.example/',
      '?next=//evil.example/d/1',
      '?next=/\\evil.example',
      '?next=d/abc',
      '?next=/sign-in',
      '?next=/setup?token=x',
    ]) {
      expect(readNextPath(search)).toBe('/')
    }
  })
})
