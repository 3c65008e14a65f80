// @vitest-environment happy-dom
import { Editor } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { minutesExtensions } from '../minutesExtensions'
import { numberBlocks } from '../shared/numbering'

let editor: Editor | undefined
afterEach(() => editor?.destroy())

const recommendation = (text: string) => `<div data-type="recommendation"><p>${text}</p></div>`

describe('Recommendation', () => {
  it('numbers recommendations in document order, including inside speaker sections', () => {
    editor = new Editor({
      extensions: minutesExtensions(),
      content: `${recommendation('First')}<section data-type="speaker-section" data-speaker-id="a">${recommendation('Second')}</section>${recommendation('Third')}`,
    })
    const numbers = numberBlocks(editor.state.doc, 'recommendation').map(
      ({ number, node }) => `${number}:${node.textContent}`,
    )
    expect(numbers).toEqual(['1:First', '2:Second', '3:Third'])
  })

  it('shows derived numbers that follow insertions, and stores none in the content', () => {
    editor = new Editor({
      extensions: minutesExtensions(),
      content: `<p>Intro</p>${recommendation('Later')}`,
    })
    editor
      .chain()
      .setTextSelection(6) // the end of "Intro"
      .insertRecommendation()
      .insertContent('Earlier')
      .run()

    const shown = [...editor.view.dom.querySelectorAll('[data-type="recommendation"]')].map(
      (element) => `${element.getAttribute('data-number')} ${element.textContent}`,
    )
    expect(shown).toEqual(['R1 Earlier', 'R2 Later'])
    expect(JSON.stringify(editor.getJSON())).not.toContain('R1')
  })
})
