import { describe, expect, it } from 'vitest'
import { safeHref } from './safeHref'

describe('safeHref', () => {
  it.each([
    ['https://example.org/report', 'https://example.org/report'],
    ['http://example.org', 'http://example.org/'],
    ['mailto:clerk@example.org', 'mailto:clerk@example.org'],
    ['  https://example.org/a b', 'https://example.org/a%20b'],
  ])('keeps %j', (href, expected) => {
    expect(safeHref(href)).toBe(expected)
  })

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '/relative/path',
    '//example.org',
    '',
    null,
    42,
  ])('refuses %j', (href) => {
    expect(safeHref(href)).toBeUndefined()
  })
})
