// @vitest-environment happy-dom
import { Editor } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { minutesExtensions } from '../minutesExtensions'

let editor: Editor | undefined
afterEach(() => editor?.destroy())

describe('SpeakerSection', () => {
  it('inserts a section bound to a speaker that holds headings, lists and paragraphs', () => {
    editor = new Editor({ extensions: minutesExtensions(), content: '<p></p>' })
    editor.commands.insertSpeakerSection('person-1')
    editor.commands.insertContent('<h3>Context</h3><ul><li><p>First point</p></li></ul>')

    const section = editor.getJSON().content?.find((node) => node.type === 'speakerSection')
    expect(section?.attrs).toEqual({ speakerId: 'person-1' })
    expect(section?.content?.map((node) => node.type)).toEqual(['heading', 'bulletList'])
  })

  it('round-trips through HTML with its speaker', () => {
    editor = new Editor({
      extensions: minutesExtensions(),
      content:
        '<section data-type="speaker-section" data-speaker-id="p7"><p>Explained the plan.</p></section>',
    })
    const html = editor.getHTML()
    expect(html).toContain('data-speaker-id="p7"')
    const reloaded = new Editor({ extensions: minutesExtensions(), content: html })
    expect(reloaded.getJSON()).toEqual(editor.getJSON())
    reloaded.destroy()
  })
})
