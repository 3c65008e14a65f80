import { getSchema, type JSONContent } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { minutesExtensions } from '../minutesExtensions'
import { withValidAttributes } from './withValidAttributes'

const schema = getSchema(minutesExtensions())

const linked = (attrs?: Record<string, unknown>): JSONContent => ({
  type: 'text',
  text: 'report',
  marks: [{ type: 'bold' }, attrs ? { type: 'link', attrs } : { type: 'link' }],
})

describe('withValidAttributes', () => {
  it('gives attributes that fail their checks their defaults and drops unknown ones', () => {
    const content: JSONContent = {
      type: 'doc',
      content: [
        {
          type: 'recommendation',
          attrs: {
            status: 'proposed"><meta http-equiv="refresh">',
            addressee: 'DfE',
            proposerId: '<script>',
            onclick: 'x',
          },
          content: [{ type: 'paragraph' }],
        },
        { type: 'heading', attrs: { level: '2 onclick=x' } },
        { type: 'orderedList', attrs: { start: 4 } },
      ],
    }
    expect(withValidAttributes(content, schema).content?.map((node) => node.attrs)).toEqual([
      { status: 'proposed', addressee: 'DfE', proposerId: null },
      { level: 1 },
      { start: 4 },
    ])
  })

  it('unlinks text whose link is unsafe or has no target, and keeps its other marks', () => {
    const paragraph: JSONContent = {
      type: 'paragraph',
      content: [
        linked({ href: 'javascript:alert(1)' }),
        linked(),
        linked({ href: 'https://example.org', target: 'evil' }),
      ],
    }
    expect(withValidAttributes(paragraph, schema).content?.map((text) => text.marks)).toEqual([
      [{ type: 'bold' }],
      [{ type: 'bold' }],
      [
        { type: 'bold' },
        { type: 'link', attrs: { href: 'https://example.org', target: '_blank' } },
      ],
    ])
  })

  it('leaves the input as it was', () => {
    const content: JSONContent = { type: 'heading', attrs: { level: 9 } }
    withValidAttributes(content, schema)
    expect(content).toEqual({ type: 'heading', attrs: { level: 9 } })
  })
})
