import { describe, expect, it } from 'vitest'
import { isSafeHref, maxHrefLength } from './isSafeHref'

describe('isSafeHref', () => {
  it.each([
    'https://example.org/minutes.pdf',
    'http://example.org',
    'HTTPS://EXAMPLE.ORG',
    'mailto:clerk@example.org',
    '  https://example.org  ',
    'minutes.pdf',
    '/p/abc123',
    '../papers/item-3.docx',
    '?page=2&size=10',
    '#item-3',
    'https://example.org/?a=1&b=2',
  ])('allows %j', (href) => {
    expect(isSafeHref(href)).toBe(true)
  })

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\u0000script:alert(1)',
    'java\u200bscript:alert(1)',
    '\u00a0javascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'ftp://files.example.org/minutes.pdf',
    'tel:+441234567890',
    '//evil.example/x',
    '\\\\evil.example\\share',
    '/\\evil.example',
    '&#106;avascript:alert(1)',
    'javascript&#58;alert(1)',
    'javascript&colon;alert(1)',
    '',
    '   ',
    `https://example.org/${'a'.repeat(maxHrefLength)}`,
  ])('refuses %j', (href) => {
    expect(isSafeHref(href)).toBe(false)
  })

  it('refuses what is not text', () => {
    for (const value of [null, undefined, 1, {}, ['https://example.org'], { href: 'https://x' }]) {
      expect(isSafeHref(value)).toBe(false)
    }
  })
})
