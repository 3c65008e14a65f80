// @vitest-environment happy-dom
import type { JSONContent } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { createTestEditor } from '../testing/createTestEditor'
import { paragraph } from '../testing/paragraph'
import { textEditBetween } from './textEditBetween'

const minutes: JSONContent = {
  type: 'doc',
  content: [
    paragraph('Intro'),
    { type: 'speakerSection', attrs: { speakerId: 'p1' }, content: [paragraph('aa bb')] },
    paragraph('End'),
  ],
}

describe('textEditBetween', () => {
  it('maps typing inside one paragraph, repeated letters included', () => {
    const editor = createTestEditor(minutes)
    const before = editor.state.doc
    // "aa bb": inside the section's paragraph, after the first "a".
    editor.chain().insertContentAt(10, 'a').run()
    const map = textEditBetween(before, editor.state.doc)
    expect(map).not.toBeNull()
    expect(map?.map(before.content.size)).toBe(editor.state.doc.content.size)
    expect(map?.map(2)).toBe(2)
  })

  it('is empty when nothing changed, and null when blocks changed', () => {
    const editor = createTestEditor(minutes)
    const before = editor.state.doc
    expect(textEditBetween(before, before)?.map(5)).toBe(5)
    editor.chain().setTextSelection(11).splitBlock().run()
    expect(textEditBetween(before, editor.state.doc)).toBeNull()
  })

  it('is null when a paragraph is joined to the next', () => {
    const editor = createTestEditor(minutes)
    const before = editor.state.doc
    // From inside "Intro" to inside "End", across the section between them.
    editor.commands.deleteRange({ from: 3, to: 19 })
    expect(before.eq(editor.state.doc)).toBe(false)
    expect(textEditBetween(before, editor.state.doc)).toBeNull()
  })
})
