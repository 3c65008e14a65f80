// @vitest-environment happy-dom
import { minutesExtensions } from '@minutes/schema'
import { Editor, type JSONContent } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { agendaGroupSelection } from './agendaGroupSelection'

const editors: Editor[] = []
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy()
})

const paragraph = (text: string): JSONContent => ({
  type: 'paragraph',
  content: [{ type: 'text', text }],
})
const item = (number: string, title: string): JSONContent => ({
  type: 'agendaItem',
  attrs: { number },
  content: [{ type: 'text', text: title }],
})

describe('agendaGroupSelection', () => {
  const editor = () => {
    const created = new Editor({
      extensions: minutesExtensions(),
      content: {
        type: 'doc',
        content: [
          item('1', 'Welcome'),
          paragraph('Hello'),
          item('1.1', 'Guests'),
          item('2', 'Budget'),
        ],
      },
    })
    editors.push(created)
    return created
  }

  it('selects an item and the blocks it groups, whole', () => {
    const { doc } = editor().state
    const selection = agendaGroupSelection(doc, 0)
    const texts: string[] = []
    selection?.content().content.forEach((node) => {
      texts.push(node.textContent)
    })
    expect(texts).toEqual(['Welcome', 'Hello', 'Guests'])
  })

  it('leaves an item that groups nothing, and any other block, to the handle as they are', () => {
    const { doc } = editor().state
    const positions: number[] = []
    doc.forEach((_, position) => {
      positions.push(position)
    })
    expect(agendaGroupSelection(doc, positions[1] ?? -1)).toBeNull()
    expect(agendaGroupSelection(doc, positions[3] ?? -1)).toBeNull()
    expect(agendaGroupSelection(doc, -1)).toBeNull()
    expect(agendaGroupSelection(doc, 3)).toBeNull()
  })
})
