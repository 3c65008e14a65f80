// @vitest-environment happy-dom
import type { JSONContent } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { checkDoc } from '../testing/checkDoc'
import { createTestEditor } from '../testing/createTestEditor'
import { expectRoundTrip } from '../testing/expectRoundTrip'
import { paragraph } from '../testing/paragraph'

const decisions: JSONContent = {
  type: 'doc',
  content: [
    { type: 'decision', content: [paragraph('Resolved, That the minutes be approved.')] },
    {
      type: 'speakerSection',
      attrs: { speakerId: 'p-chair' },
      content: [
        {
          type: 'decision',
          content: [
            paragraph('Resolved, That the report be received;'),
            paragraph('and that the Clerk write to the Minister.'),
          ],
        },
      ],
    },
  ],
}

describe('Decision', () => {
  it('inserts a decision opening with "Resolved, That "', () => {
    const editor = createTestEditor('<p></p>')
    expect(editor.commands.insertDecision()).toBe(true)
    expect(editor.getJSON().content?.[0]).toEqual({
      type: 'decision',
      content: [paragraph('Resolved, That ')],
    })
  })

  it('leaves the selection after "Resolved, That " so the clerk types the rest', () => {
    const editor = createTestEditor('<p></p>')
    editor.commands.insertDecision()
    editor.commands.insertContent('the minutes be approved.')
    expect(editor.getJSON().content?.[0]).toEqual({
      type: 'decision',
      content: [paragraph('Resolved, That the minutes be approved.')],
    })
  })

  it('is numbered D1, D2, ... in document order', () => {
    const editor = createTestEditor(decisions)
    const shown = [...editor.view.dom.querySelectorAll('[data-type="decision"]')].map((element) =>
      element.getAttribute('data-number'),
    )
    expect(shown).toEqual(['D1', 'D2'])
  })

  it('round-trips through JSON', () => {
    expectRoundTrip(decisions, 'JSON')
  })

  it('round-trips through HTML', () => {
    expectRoundTrip(decisions, 'HTML')
  })

  describe('schema', () => {
    it('accepts decisions at the top level and in speaker sections', () => {
      expect(checkDoc(...(decisions.content ?? []))).not.toThrow()
    })

    it('refuses an empty decision, or one holding anything but paragraphs', () => {
      expect(checkDoc({ type: 'decision' })).toThrow(/Invalid content for node decision/)
      expect(
        checkDoc({
          type: 'decision',
          content: [
            paragraph('Resolved, That:'),
            { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('one')] }] },
          ],
        }),
      ).toThrow(/Invalid content for node decision/)
    })
  })
})
