// @vitest-environment happy-dom
import { minutesExtensions } from '@minutes/schema'
import { paragraph } from '@minutes/schema/testing/paragraph'
import { speakerSection } from '@minutes/schema/testing/speakerSection'
import { Editor, type Extensions, type JSONContent } from '@tiptap/core'
import { NodeSelection, TextSelection } from '@tiptap/pm/state'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { BlockHighlight, blockHighlightKey, highlightDurationMs } from './BlockHighlight'
import { revealBlock } from './revealBlock'

const editors: Editor[] = []
beforeEach(() => vi.useFakeTimers())
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy()
  vi.useRealTimers()
})

function createEditor(extensions: Extensions = minutesExtensions()): Editor {
  const element = document.createElement('div')
  document.body.append(element)
  const editor = new Editor({ element, extensions, content: minutes })
  editors.push(editor)
  return editor
}

const minutes: JSONContent = {
  type: 'doc',
  content: [
    paragraph('Opening words'),
    { type: 'meetingDetails', attrs: { place: 'Room 1' } },
    {
      type: 'attendanceList',
      attrs: { kind: 'members' },
      content: [{ type: 'attendee', attrs: { personId: 'p1' } }],
    },
    speakerSection('p1', paragraph('First words'), {
      type: 'recommendation',
      content: [paragraph('Fund it')],
    }),
  ],
}

const positionOfChild = (editor: Editor, index: number) => {
  let position = 0
  for (let child = 0; child < index; child++) position += editor.state.doc.child(child).nodeSize
  return position
}

const highlighted = (editor: Editor) =>
  [...editor.view.dom.querySelectorAll('.block-highlight')].map((element) =>
    element.getAttribute('data-type'),
  )

describe('revealBlock', () => {
  it('puts the caret at the start of the block’s text and highlights the block for a moment', () => {
    const editor = createEditor()
    const section = positionOfChild(editor, 3)
    revealBlock(editor, section)

    const { selection } = editor.state
    expect(selection).toBeInstanceOf(TextSelection)
    expect(selection.$from.parent.textContent).toBe('First words')
    expect(selection.$from.parentOffset).toBe(0)
    expect(highlighted(editor)).toEqual(['speaker-section'])

    vi.advanceTimersByTime(highlightDurationMs)
    expect(highlighted(editor)).toEqual([])
  })

  it('selects a block that holds no text as a whole', () => {
    const editor = createEditor()
    revealBlock(editor, positionOfChild(editor, 1))
    expect(editor.state.selection).toBeInstanceOf(NodeSelection)
    expect((editor.state.selection as NodeSelection).node.type.name).toBe('meetingDetails')

    revealBlock(editor, positionOfChild(editor, 2))
    expect((editor.state.selection as NodeSelection).node.type.name).toBe('attendanceList')
    expect(highlighted(editor)).toEqual(['attendance-list'])
  })

  it('reveals nested blocks, and keeps the highlight on its block through edits above it', () => {
    const editor = createEditor()
    let recommendation = -1
    editor.state.doc.descendants((node, position) => {
      if (node.type.name === 'recommendation') recommendation = position
    })
    revealBlock(editor, recommendation)
    expect(editor.state.selection.$from.parent.textContent).toBe('Fund it')

    editor.commands.insertContentAt(1, 'More ')
    expect(highlighted(editor)).toEqual(['recommendation'])
    expect(editor.state.doc.firstChild?.textContent).toBe('More Opening words')
  })

  it('registers its plugin once when the editor lacks it, and uses the extension’s otherwise', () => {
    const runtime = createEditor()
    revealBlock(runtime, 0)
    revealBlock(runtime, 0)
    const count = (editor: Editor) =>
      editor.state.plugins.filter((plugin) => plugin.spec.key === blockHighlightKey).length
    expect(count(runtime)).toBe(1)

    const configured = createEditor([...minutesExtensions(), BlockHighlight])
    const plugins = configured.state.plugins
    revealBlock(configured, 0)
    expect(configured.state.plugins).toBe(plugins)
    expect(count(configured)).toBe(1)
  })
})
