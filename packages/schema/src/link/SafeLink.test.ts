// @vitest-environment happy-dom
import type { Editor, JSONContent } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { createTestEditor } from '../testing/createTestEditor'

const emptyDoc = { type: 'doc', content: [{ type: 'paragraph' }] }

function linksIn(editor: Editor): string[] {
  const hrefs: string[] = []
  const visit = (node: JSONContent) => {
    for (const mark of node.marks ?? []) {
      if (mark.type === 'link') hrefs.push(String(mark.attrs?.href))
    }
    for (const child of node.content ?? []) visit(child)
  }
  visit(editor.getJSON())
  return hrefs
}

/** Types `text` character by character, as the autolinker sees a person typing. */
function type(editor: Editor, text: string): void {
  for (const character of text) editor.commands.insertContent(character)
}

describe('SafeLink', () => {
  it('leaves an ftp address typed in the text as plain text', () => {
    const editor = createTestEditor(emptyDoc)
    type(editor, 'See ftp://files.example.org/minutes.pdf ')
    expect(editor.getText()).toBe('See ftp://files.example.org/minutes.pdf ')
    expect(linksIn(editor)).toEqual([])
  })

  it('still links a web address as it is typed', () => {
    const editor = createTestEditor(emptyDoc)
    type(editor, 'See https://example.org/minutes.pdf ')
    expect(linksIn(editor)).toEqual(['https://example.org/minutes.pdf'])
  })

  it('links no unsafe address that is pasted as text, alone or over a selection', () => {
    const editor = createTestEditor(emptyDoc)
    editor.view.pasteText('See ftp://files.example.org/minutes.pdf and tel:+441234567890 ')
    expect(linksIn(editor)).toEqual([])
    editor.commands.selectAll()
    editor.view.pasteText('ftp://files.example.org/minutes.pdf')
    expect(linksIn(editor)).toEqual([])
    editor.commands.setContent('<p>a https://example.org b</p>')
    expect(linksIn(editor)).toEqual([])
    editor.view.pasteText('https://example.org/x ')
    expect(linksIn(editor)).toEqual(['https://example.org/x'])
  })

  it('unlinks pasted HTML links to unsafe targets and keeps their text', () => {
    const editor = createTestEditor(emptyDoc)
    editor.view.pasteHTML(
      '<p><a href="ftp://files.example.org/a.pdf">minutes</a> <a href="java&#9;script:alert(1)">x</a> <a href="https://example.org">ok</a></p>',
    )
    expect(editor.getText()).toBe('minutes x ok')
    expect(linksIn(editor)).toEqual(['https://example.org'])
  })

  it('refuses to set a link the server would refuse', () => {
    const editor = createTestEditor({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'minutes' }] }],
    })
    editor.commands.selectAll()
    expect(editor.commands.setLink({ href: 'ftp://files.example.org/a.pdf' })).toBe(false)
    expect(editor.commands.setLink({ href: 'JAVASCRIPT:alert(1)' })).toBe(false)
    expect(editor.commands.setLink({ href: 'mailto:clerk@example.org' })).toBe(true)
    expect(linksIn(editor)).toEqual(['mailto:clerk@example.org'])
  })
})
