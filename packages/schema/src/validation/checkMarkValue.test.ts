import { describe, expect, it } from 'vitest'
import { checkMarkValue } from './checkMarkValue'

const link = {
  href: 'https://example.org',
  target: '_blank',
  rel: 'noopener noreferrer nofollow',
  class: null,
  title: null,
}

describe('checkMarkValue', () => {
  it('allows marks as the editor writes them into Yjs', () => {
    expect(checkMarkValue('bold', {})).toBeUndefined()
    expect(checkMarkValue('link', link)).toBeUndefined()
    expect(checkMarkValue('link', { href: '#item-3' })).toBeUndefined()
  })

  it('refuses unsafe targets, unknown attributes and unknown marks', () => {
    expect(checkMarkValue('link', { ...link, href: 'javascript:alert(1)' })).toEqual(
      expect.any(String),
    )
    expect(checkMarkValue('link', { ...link, href: 'ftp://files.example.org/a.pdf' })).toEqual(
      expect.any(String),
    )
    expect(checkMarkValue('link', { ...link, href: null })).toEqual(expect.any(String))
    expect(checkMarkValue('link', { ...link, target: 'evil' })).toEqual(expect.any(String))
    expect(checkMarkValue('link', { ...link, onclick: 'x' })).toEqual(expect.any(String))
    expect(checkMarkValue('bold', { weight: 900 })).toEqual(expect.any(String))
    expect(checkMarkValue('bold', 'yes')).toEqual(expect.any(String))
    expect(checkMarkValue('blink', {})).toBe('"blink" is not a known formatting.')
    expect(checkMarkValue('constructor', {})).toEqual(expect.any(String))
  })
})
