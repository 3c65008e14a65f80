// @vitest-environment happy-dom
import type { JSONContent } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { createTestEditor } from '../testing/createTestEditor'
import { paragraph } from '../testing/paragraph'
import { positionOf } from '../testing/positionOf'
import { findSelectedBlock } from './findSelectedBlock'

const listItem = (text: string, ...nested: JSONContent[]): JSONContent => ({
  type: 'listItem',
  content: [paragraph(text), ...nested],
})

const minutes: JSONContent = {
  type: 'doc',
  content: [
    paragraph('Outside'),
    {
      type: 'speakerSection',
      attrs: { speakerId: 'p1' },
      content: [
        { type: 'recommendation', content: [paragraph('Inside')] },
        {
          type: 'bulletList',
          content: [listItem('Outer', { type: 'bulletList', content: [listItem('Inner')] })],
        },
      ],
    },
  ],
}

describe('findSelectedBlock', () => {
  it('finds every enclosing block of the type, with its position', () => {
    const editor = createTestEditor(minutes)
    editor.commands.setTextSelection(positionOf(editor, 'Inside'))
    const { selection, doc } = editor.state

    const recommendation = findSelectedBlock(selection, 'recommendation')
    expect(recommendation?.node.textContent).toBe('Inside')
    expect(doc.nodeAt(recommendation?.position ?? -1)).toBe(recommendation?.node)

    const section = findSelectedBlock(selection, 'speakerSection')
    expect(section?.node.attrs).toEqual({ speakerId: 'p1' })
    expect(section?.position).toBe(doc.child(0).nodeSize)
  })

  it('finds the innermost block when blocks of the type nest', () => {
    const editor = createTestEditor(minutes)
    editor.commands.setTextSelection(positionOf(editor, 'Inner'))
    expect(findSelectedBlock(editor.state.selection, 'listItem')?.node.textContent).toBe('Inner')
  })

  it('finds a selected block itself', () => {
    const editor = createTestEditor(minutes)
    const position = positionOf(editor, 'Inside') - 2 // before the recommendation
    editor.commands.setNodeSelection(position)
    const found = findSelectedBlock(editor.state.selection, 'recommendation')
    expect(found?.position).toBe(position)
    expect(found?.node.textContent).toBe('Inside')
  })

  it('finds the block around a selected node of another type', () => {
    const editor = createTestEditor({
      type: 'doc',
      content: [
        {
          type: 'attendanceList',
          attrs: { kind: 'members' },
          content: [{ type: 'attendee', attrs: { personId: 'p1' } }],
        },
      ],
    })
    editor.commands.setNodeSelection(1)
    const found = findSelectedBlock(editor.state.selection, 'attendanceList')
    expect(found?.position).toBe(0)
    expect(found?.node.type.name).toBe('attendanceList')
  })

  it('finds nothing when no block of the type holds the selection', () => {
    const editor = createTestEditor(minutes)
    editor.commands.setTextSelection(positionOf(editor, 'Outside'))
    expect(findSelectedBlock(editor.state.selection, 'recommendation')).toBeUndefined()
    expect(findSelectedBlock(editor.state.selection, 'doc')).toBeUndefined()
  })
})
