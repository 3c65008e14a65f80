// @vitest-environment happy-dom
import type { JSONContent } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { createTestEditor } from '../testing/createTestEditor'

describe('ValidAttributes', () => {
  it('gives pasted attributes that fail their checks their defaults', () => {
    const editor = createTestEditor({ type: 'doc', content: [{ type: 'paragraph' }] })
    editor.view.pasteHTML(
      [
        '<div data-type="recommendation" data-status="agreed" data-proposer-id="p-1"><p>kept</p></div>',
        '<ol start="NaN" type="disc"><li><p>one</p></li></ol>',
        '<table><tbody><tr><td colspan="x" rowspan="100000" colwidth="a,b"><p>cell</p></td></tr></tbody></table>',
        '<p><a href="https://example.org" target="evil" rel="r">link</a></p>',
      ].join(''),
    )
    const json: JSONContent = editor.getJSON()
    const [recommendation, list, table, paragraph] = json.content ?? []
    expect(recommendation?.attrs).toEqual({ addressee: null, status: 'agreed', proposerId: 'p-1' })
    expect(list?.attrs).toEqual({ start: 1, type: null })
    expect(table?.content?.[0]?.content?.[0]?.attrs).toEqual({
      colspan: 1,
      rowspan: 1,
      colwidth: null,
      align: null,
    })
    expect(paragraph?.content?.[0]?.marks?.[0]?.attrs).toMatchObject({
      href: 'https://example.org',
      target: '_blank',
      rel: 'r',
    })
  })
})
