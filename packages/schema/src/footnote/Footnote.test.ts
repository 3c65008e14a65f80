// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { createTestEditor } from '../testing/createTestEditor'
import { checkAttributeValue } from '../validation/checkAttributeValue'
import { maxFootnoteLength, readFootnoteAttributes } from './Footnote'

describe('Footnote', () => {
  it('sits inline in a paragraph with its words, through HTML and JSON', () => {
    const editor = createTestEditor(
      '<p>Staff rose<sup data-type="footnote" data-text="From 2025 on.">1</sup> sharply.</p>',
    )
    expect(editor.getJSON().content?.[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Staff rose' },
        { type: 'footnote', attrs: { text: 'From 2025 on.' } },
        { type: 'text', text: ' sharply.' },
      ],
    })
    expect(editor.getHTML()).toContain('<sup data-text="From 2025 on." data-type="footnote"')
    expect(editor.getText()).toBe('Staff rose [From 2025 on.] sharply.')
  })

  it('checks its words: text, bounded', () => {
    expect(checkAttributeValue('footnote', 'text', 'Words.')).toBeUndefined()
    expect(checkAttributeValue('footnote', 'text', 42)).toBeDefined()
    expect(checkAttributeValue('footnote', 'text', 'x'.repeat(maxFootnoteLength + 1))).toBeDefined()
    expect(readFootnoteAttributes({ attrs: { text: 42 } })).toEqual({ text: '' })
  })
})
