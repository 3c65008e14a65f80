// @vitest-environment happy-dom
import { attendanceKinds, minutesExtensions, minutesNodes } from '@minutes/schema'
import { type Content, Editor, type JSONContent } from '@tiptap/core'
import { NodeSelection } from '@tiptap/pm/state'
import { afterEach, describe, expect, it } from 'vitest'
import { BlockPrompt } from './BlockPrompt'
import { blockDefinitions } from './blockDefinitions'
import { filterBlocks } from './filterBlocks'
import { insertBlock } from './insertBlock'

const editors: Editor[] = []
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy()
})

function createEditor(content: Content): Editor {
  const editor = new Editor({ extensions: [...minutesExtensions(), BlockPrompt], content })
  editors.push(editor)
  return editor
}

const block = (id: string) => {
  const found = blockDefinitions.find((definition) => definition.id === id)
  if (!found) throw new Error(`no block ${id}`)
  return found
}
const paragraph = (text?: string): JSONContent =>
  text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' }
const types = (editor: Editor) => json(editor).content?.map(({ type }) => type)

describe('blockDefinitions', () => {
  it('offers every block node of the schema, so a new node cannot be left out of the menus', () => {
    const offered = new Set(blockDefinitions.map(({ nodeType }) => nodeType))
    const blockNodes = minutesNodes
      .filter((node) => node.config.group === 'block')
      .map((node) => node.name)
    expect(blockNodes.length).toBeGreaterThan(8)
    expect(blockNodes.filter((name) => !offered.has(name))).toEqual([])
    for (const name of ['paragraph', 'heading', 'bulletList', 'orderedList']) {
      expect(offered).toContain(name)
    }
  })

  it('offers each kind of attendance list', () => {
    const ids = blockDefinitions.map(({ id }) => id)
    for (const kind of attendanceKinds) expect(ids).toContain(`attendance-${kind}`)
  })

  it('has unique ids and labels', () => {
    expect(new Set(blockDefinitions.map(({ id }) => id)).size).toBe(blockDefinitions.length)
    expect(new Set(blockDefinitions.map(({ label }) => label)).size).toBe(blockDefinitions.length)
  })

  it('inserts each block into empty minutes as a valid document', () => {
    for (const definition of blockDefinitions) {
      const editor = createEditor({ type: 'doc', content: [paragraph()] })
      editor.commands.focus('end')
      expect(insertBlock(editor, definition), definition.id).toBe(true)
      expect(() => editor.state.doc.check()).not.toThrow()
      expect(JSON.stringify(editor.getJSON()), definition.id).toContain(`"${definition.nodeType}"`)
    }
  })
})

describe('filterBlocks', () => {
  const labels = (query: string) => filterBlocks(blockDefinitions, query).map(({ label }) => label)

  it('offers everything before anything is typed, in the order minutes are written', () => {
    expect(labels('')).toEqual(blockDefinitions.map(({ label }) => label))
  })

  it('puts labels beginning with the text first, then words, then keywords', () => {
    expect(labels('spea')).toEqual(['Speaker section', 'Attendance: Speakers'])
    expect(labels('rec')[0]).toBe('Recommendation')
    expect(labels('apol')).toEqual(['Attendance: Apologies'])
    expect(labels('resolved')).toEqual(['Decision'])
    expect(labels('q&a')).toEqual(['Question and answer'])
  })

  it('ignores case, spaces and apostrophes', () => {
    expect(labels('ChairS')[0]).toBe('Chair’s summary')
    expect(labels('actionitem')).toEqual(['Action item'])
    expect(labels('zzz')).toEqual([])
  })
})

describe('insertBlock', () => {
  it('replaces the empty paragraph the command was typed in', () => {
    const editor = createEditor({ type: 'doc', content: [paragraph('Intro'), paragraph('/rec')] })
    const end = editor.state.doc.content.size - 1
    editor.commands.setTextSelection(end)
    insertBlock(editor, block('recommendation'), { from: end - 4, to: end })
    expect(types(editor)).toEqual(['paragraph', 'recommendation'])
    expect(editor.state.selection.$from.node(1).type.name).toBe('recommendation')
  })

  it('goes after a paragraph with text, keeping the text', () => {
    const editor = createEditor({ type: 'doc', content: [paragraph('We agreed')] })
    editor.commands.setTextSelection(4)
    insertBlock(editor, block('decision'))
    expect(json(editor).content).toEqual([
      paragraph('We agreed'),
      { type: 'decision', content: [paragraph('Resolved, That ')] },
    ])
  })

  it('puts a block that may not nest after the block it was asked for in', () => {
    const editor = createEditor({
      type: 'doc',
      content: [
        {
          type: 'speakerSection',
          attrs: { speakerId: 'p1' },
          content: [paragraph('Said'), paragraph()],
        },
      ],
    })
    editor.commands.setTextSelection(editor.state.doc.content.size - 2)
    insertBlock(editor, block('speaker-section'))
    expect(json(editor).content).toEqual([
      { type: 'speakerSection', attrs: { speakerId: 'p1' }, content: [paragraph('Said')] },
      { type: 'speakerSection', attrs: { speakerId: null }, content: [paragraph()] },
    ])
  })

  it('keeps a recommendation inside the speaker section it was asked for in', () => {
    const editor = createEditor({
      type: 'doc',
      content: [
        { type: 'speakerSection', attrs: { speakerId: 'p1' }, content: [paragraph('Said')] },
      ],
    })
    editor.commands.setTextSelection(4)
    insertBlock(editor, block('recommendation'))
    expect(json(editor).content?.[0]?.content?.map(({ type }) => type)).toEqual([
      'paragraph',
      'recommendation',
    ])
  })

  it('goes after a selected block', () => {
    const editor = createEditor({
      type: 'doc',
      content: [{ type: 'meetingDetails' }, paragraph('x')],
    })
    editor.commands.setNodeSelection(0)
    expect(editor.state.selection).toBeInstanceOf(NodeSelection)
    insertBlock(editor, block('attendance-members'))
    expect(types(editor)).toEqual(['meetingDetails', 'attendanceList', 'paragraph'])
  })

  it('asks the new block’s view to open its picker', () => {
    const editor = createEditor({ type: 'doc', content: [paragraph('Intro'), paragraph()] })
    editor.commands.setTextSelection(editor.state.doc.content.size - 1)
    const asked: number[] = []
    editor.storage.blockPrompt.listeners.add(() =>
      asked.push(editor.storage.blockPrompt.position ?? -1),
    )
    insertBlock(editor, block('speaker-section'))
    expect(asked).toEqual([7])
    expect(editor.state.doc.nodeAt(7)?.type.name).toBe('speakerSection')

    insertBlock(editor, block('attendance-apologies'))
    const position = asked[1] ?? -1
    expect(editor.state.doc.nodeAt(position)?.type.name).toBe('attendanceList')
    // Nothing to type in an empty list: it is selected, so that the next block follows it.
    expect(editor.state.selection).toBeInstanceOf(NodeSelection)
    insertBlock(editor, block('meeting-details'))
    expect(types(editor)).toEqual([
      'paragraph',
      'speakerSection',
      'attendanceList',
      'meetingDetails',
    ])
  })
})

/** The document as JSON content, typed for reading nested nodes. */
function json(editor: Editor): JSONContent {
  return editor.getJSON() as JSONContent
}
