import { describe, expect, it } from 'vitest'
import { parseHtml } from './parseHtml'

describe('parseHtml', () => {
  it('reads mammoth’s HTML into elements, attributes and decoded text', () => {
    const root = parseHtml(
      '<p><strong>Chair: </strong>A &amp; B &lt;C&gt; &#8212;<br />next</p><td colspan="2"><p>x</p></td>',
    )
    expect(root.children).toEqual([
      {
        tag: 'p',
        attributes: {},
        children: [
          { tag: 'strong', attributes: {}, children: ['Chair: '] },
          'A & B <C> —',
          { tag: 'br', attributes: {}, children: [] },
          'next',
        ],
      },
      {
        tag: 'td',
        attributes: { colspan: '2' },
        children: [{ tag: 'p', attributes: {}, children: ['x'] }],
      },
    ])
  })

  it('ignores a stray closing tag and closes what is left open with its parent', () => {
    const root = parseHtml('<ul><li>one</p><li>two</ul>after')
    expect(root.children).toEqual([
      {
        tag: 'ul',
        attributes: {},
        children: [
          {
            tag: 'li',
            attributes: {},
            children: ['one', { tag: 'li', attributes: {}, children: ['two'] }],
          },
        ],
      },
      'after',
    ])
  })
})
