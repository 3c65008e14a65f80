// @vitest-environment happy-dom
import { type Content, Editor, getSchema, type JSONContent } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { minutesExtensions } from '../minutesExtensions'

const editors: Editor[] = []
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy()
})

function createEditor(content: Content): Editor {
  const editor = new Editor({ extensions: minutesExtensions(), content })
  editors.push(editor)
  return editor
}

const paragraph = (text: string): JSONContent => ({
  type: 'paragraph',
  content: [{ type: 'text', text }],
})

const decisions: JSONContent = {
  type: 'doc',
  content: [
    { type: 'decision', content: [paragraph('Resolved, That the minutes be approved.')] },
    {
      type: 'speakerSection',
      attrs: { speakerId: 'p-chair' },
      content: [
        {
          type: 'decision',
          content: [
            paragraph('Resolved, That the report be received;'),
            paragraph('and that the Clerk write to the Minister.'),
          ],
        },
      ],
    },
  ],
}

describe('Decision', () => {
  it('inserts a decision opening with "Resolved, That "', () => {
    const editor = createEditor('<p></p>')
    expect(editor.commands.insertDecision()).toBe(true)
    expect(editor.getJSON().content?.[0]).toEqual({
      type: 'decision',
      content: [paragraph('Resolved, That ')],
    })
  })

  it('leaves the selection after "Resolved, That " so the clerk types the rest', () => {
    const editor = createEditor('<p></p>')
    editor.commands.insertDecision()
    editor.commands.insertContent('the minutes be approved.')
    expect(editor.getJSON().content?.[0]).toEqual({
      type: 'decision',
      content: [paragraph('Resolved, That the minutes be approved.')],
    })
  })

  it('is numbered D1, D2, ... in document order', () => {
    const editor = createEditor(decisions)
    const shown = [...editor.view.dom.querySelectorAll('[data-type="decision"]')].map((element) =>
      element.getAttribute('data-number'),
    )
    expect(shown).toEqual(['D1', 'D2'])
  })

  it('round-trips through JSON', () => {
    const original = createEditor(decisions)
    expect(original.getJSON()).toEqual(decisions)
    expect(createEditor(original.getJSON()).getJSON()).toEqual(decisions)
  })

  it('round-trips through HTML', () => {
    const html = createEditor(decisions).getHTML()
    expect(createEditor(html).getJSON()).toEqual(decisions)
  })

  describe('schema', () => {
    const schema = getSchema(minutesExtensions())
    const check =
      (...content: JSONContent[]) =>
      () =>
        schema.nodeFromJSON({ type: 'doc', content }).check()

    it('accepts decisions at the top level and in speaker sections', () => {
      expect(check(...(decisions.content ?? []))).not.toThrow()
    })

    it('refuses an empty decision, or one holding anything but paragraphs', () => {
      expect(check({ type: 'decision' })).toThrow(/Invalid content for node decision/)
      expect(
        check({
          type: 'decision',
          content: [
            paragraph('Resolved, That:'),
            { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('one')] }] },
          ],
        }),
      ).toThrow(/Invalid content for node decision/)
    })
  })
})
