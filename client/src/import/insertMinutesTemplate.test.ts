// @vitest-environment happy-dom
import { minutesExtensions } from '@minutes/schema'
import { Editor, type JSONContent } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { insertMinutesTemplate } from './insertMinutesTemplate'

const editors: Editor[] = []
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy()
})

function createEditor(content?: JSONContent): Editor {
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: minutesExtensions(),
    content,
  })
  editors.push(editor)
  return editor
}

describe('insertMinutesTemplate', () => {
  it('fills empty minutes with the skeleton, in one transaction, caret in the body’s name', () => {
    const editor = createEditor()
    let transactions = 0
    editor.on('transaction', ({ transaction }) => {
      if (transaction.docChanged) transactions += 1
    })
    expect(insertMinutesTemplate(editor)).toBe(true)
    expect(transactions).toBe(1)
    expect(editor.getJSON().content?.map((block) => [block.type, block.attrs?.kind])).toEqual([
      ['meetingHeader', undefined],
      ['meetingDetails', undefined],
      ['attendanceList', 'members'],
      ['attendanceList', 'speakers'],
      ['attendanceList', 'apologies'],
      ['paragraph', undefined],
    ])
    expect(editor.state.selection.$from.parent.type.name).toBe('bodyName')
    expect(() => editor.state.doc.check()).not.toThrow()
  })

  it('never adds a second copy, nor touches minutes with content', () => {
    const editor = createEditor()
    insertMinutesTemplate(editor)
    const once = editor.getJSON()
    expect(insertMinutesTemplate(editor)).toBe(false)
    expect(editor.getJSON()).toEqual(once)

    const written = createEditor({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Notes' }] }],
    })
    expect(insertMinutesTemplate(written)).toBe(false)
    expect(written.getText()).toBe('Notes')
  })
})
