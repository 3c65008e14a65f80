import { describe, expect, it } from 'vitest'
import { parseInline } from './parseInline'
import { plainText } from './plainText'

describe('parseInline', () => {
  it('turns **bold**, *italic*, _italic_, `code` and ~~strike~~ into marks', () => {
    expect(parseInline('a **b** *c* _d_ `e` ~~f~~')).toEqual([
      { type: 'text', text: 'a ' },
      { type: 'text', text: 'b', marks: [{ type: 'bold' }] },
      { type: 'text', text: ' ' },
      { type: 'text', text: 'c', marks: [{ type: 'italic' }] },
      { type: 'text', text: ' ' },
      { type: 'text', text: 'd', marks: [{ type: 'italic' }] },
      { type: 'text', text: ' ' },
      { type: 'text', text: 'e', marks: [{ type: 'code' }] },
      { type: 'text', text: ' ' },
      { type: 'text', text: 'f', marks: [{ type: 'strike' }] },
    ])
  })

  it('keeps stray markers and snake_case as text', () => {
    expect(parseInline('5 * 3 * 2 and file_name_here')).toEqual([
      { type: 'text', text: '5 * 3 * 2 and file_name_here' },
    ])
  })

  it('reads Markdown links whose target the minutes accept, with the marks inside them', () => {
    expect(
      parseInline(
        'See [the **report**](https://example.org/r "Report") and [mail](mailto:a@b.org).',
        'markdown',
      ),
    ).toEqual([
      { type: 'text', text: 'See ' },
      {
        type: 'text',
        text: 'the ',
        marks: [{ type: 'link', attrs: { href: 'https://example.org/r' } }],
      },
      {
        type: 'text',
        text: 'report',
        marks: [{ type: 'bold' }, { type: 'link', attrs: { href: 'https://example.org/r' } }],
      },
      { type: 'text', text: ' and ' },
      { type: 'text', text: 'mail', marks: [{ type: 'link', attrs: { href: 'mailto:a@b.org' } }] },
      { type: 'text', text: '.' },
    ])
  })

  it('keeps links to script, data and obfuscated targets as the text they were', () => {
    for (const target of [
      "javascript:alert('x')",
      'JaVaScRiPt:alert(1)',
      'data:text/html;base64,PHNjcmlwdD4=',
      'jav&#x09;ascript:alert(1)',
      'vbscript:msgbox',
    ]) {
      const line = `A [link](${target}) here`
      expect(parseInline(line, 'markdown')).toEqual([{ type: 'text', text: line }])
    }
  })

  it('reads links in Markdown only, and not behind an escaped bracket', () => {
    expect(parseInline('[a](https://example.org)')).toEqual([
      { type: 'text', text: '[a](https://example.org)' },
    ])
    expect(parseInline(String.raw`\[a](https://example.org)`, 'markdown')).toEqual([
      { type: 'text', text: '[a](https://example.org)' },
    ])
  })

  it('reads a long line of unclosed brackets in linear time', () => {
    const line = '[a]('.repeat(20_000)
    // A quadratic reading of this line would outlast the test's timeout.
    expect(parseInline(line, 'markdown')).toEqual([{ type: 'text', text: line }])
  })

  it('reads backslash escapes as Markdown only', () => {
    expect(parseInline(String.raw`\*not italic\* \# and \\`, 'markdown')).toEqual([
      { type: 'text', text: '*not italic* # and \\' },
    ])
    expect(parseInline(String.raw`a\_b`, 'text')).toEqual([
      { type: 'text', text: String.raw`a\_b` },
    ])
  })

  it('gives no text node for an empty line', () => {
    expect(parseInline('')).toEqual([])
  })

  it('reads a long line of unmatched markers in linear time', () => {
    const line = '*a '.repeat(200_000)
    const started = performance.now()
    expect(plainText(line)).toBe(line)
    expect(performance.now() - started).toBeLessThan(5_000)
  })

  it('gives the plain text of a line for recognisers', () => {
    expect(plainText('Secretary: X **Treasurer:** Y')).toBe('Secretary: X Treasurer: Y')
  })
})
