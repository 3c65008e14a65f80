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
