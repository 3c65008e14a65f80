// @vitest-environment happy-dom
import type { Role } from '@minutes/permissions'
import { minutesExtensions } from '@minutes/schema'
import { paragraph } from '@minutes/schema/testing/paragraph'
import { speakerSection } from '@minutes/schema/testing/speakerSection'
import { Editor, type JSONContent } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { createSectionRights } from '../rights/createSectionRights'
import { blockDefinitions } from './blocks/blockDefinitions'
import { canInsertBlock, canWriteAtSelection } from './wouldAccept'

const minutes: JSONContent = {
  type: 'doc',
  content: [
    paragraph('The chair opened the meeting.'),
    speakerSection('p-tate', paragraph('Tate said.'), { type: 'paragraph' }),
  ],
}

const editors: Editor[] = []
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy()
})

function openAt(role: Role, caretIn: 'chair' | 'own line' | 'own empty line'): Editor {
  const editor = new Editor({
    extensions: [
      ...minutesExtensions(),
      createSectionRights({ role, speakerId: 'p-tate', getStatus: () => 'circulated' }),
    ],
    content: minutes,
  })
  editors.push(editor)
  const ownEmptyLine =
    editor.state.doc.child(0).nodeSize + 1 + editor.state.doc.child(1).child(0).nodeSize + 1
  const caret = { chair: 3, 'own line': ownEmptyLine - 4, 'own empty line': ownEmptyLine }[caretIn]
  editor.commands.setTextSelection(caret)
  return editor
}

const insertable = (editor: Editor) => [
  ...new Set(
    blockDefinitions
      .filter((block) => canInsertBlock(editor.state, block.nodeType))
      .map((block) => block.nodeType),
  ),
]

describe('what the tools offer at the selection', () => {
  it('offers a speaker in their own section words and their layout, never attributed blocks', () => {
    for (const place of ['own line', 'own empty line'] as const) {
      const editor = openAt('speaker', place)
      expect(canWriteAtSelection(editor.state)).toBe(true)
      const offered = insertable(editor)
      expect(offered).toEqual(['heading', 'bulletList', 'orderedList', 'paragraph'])
      for (const refused of [
        'recommendation',
        'decision',
        'actionItem',
        'speakerSection',
        'questionAnswer',
        'attendanceList',
      ]) {
        expect(offered).not.toContain(refused)
      }
    }
  })

  it('offers a speaker nothing outside their section', () => {
    const editor = openAt('speaker', 'chair')
    expect(canWriteAtSelection(editor.state)).toBe(false)
    expect(insertable(editor)).toEqual([])
  })

  it('offers the secretariat every block', () => {
    const editor = openAt('secretariat', 'chair')
    expect(canWriteAtSelection(editor.state)).toBe(true)
    expect(insertable(editor)).toEqual([
      ...new Set(blockDefinitions.map((block) => block.nodeType)),
    ])
  })
})
