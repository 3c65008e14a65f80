// @vitest-environment happy-dom
import type { JSONContent } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { checkDoc } from '../testing/checkDoc'
import { createTestEditor } from '../testing/createTestEditor'
import { expectRoundTrip } from '../testing/expectRoundTrip'
import { paragraph } from '../testing/paragraph'

const noLabels = { label: null, ownerLabel: null, dueLabel: null, statusLabel: null }

const writeToMinister: JSONContent = {
  type: 'actionItem',
  attrs: { ownerId: 'p-clerk', dueDate: '2014-06-03', status: 'inProgress', ...noLabels },
  content: [paragraph('Write to the Minister.')],
}
const bookRoom: JSONContent = {
  type: 'actionItem',
  attrs: { ownerId: null, dueDate: null, status: 'dropped', ...noLabels },
  content: [paragraph('Book a larger room.')],
}
const actions: JSONContent = { type: 'doc', content: [writeToMinister, bookRoom] }

describe('ActionItem', () => {
  it('inserts an open action with no owner or date by default', () => {
    const editor = createTestEditor('<p></p>')
    expect(editor.commands.insertActionItem()).toBe(true)
    expect(editor.getJSON().content?.[0]).toEqual({
      type: 'actionItem',
      attrs: { ownerId: null, dueDate: null, status: 'open', ...noLabels },
      content: [{ type: 'paragraph' }],
    })
  })

  it('inserts an action with the given owner, due date and status', () => {
    const editor = createTestEditor('<p></p>')
    editor.commands.insertActionItem({ ownerId: 'p-clerk', dueDate: '2014-06-03', status: 'done' })
    editor.commands.insertContent('Circulate the minutes.')
    expect(editor.getJSON().content?.[0]).toEqual({
      type: 'actionItem',
      attrs: { ownerId: 'p-clerk', dueDate: '2014-06-03', status: 'done', ...noLabels },
      content: [paragraph('Circulate the minutes.')],
    })
  })

  it('updates only the given attributes of the action around the selection', () => {
    const editor = createTestEditor(actions)
    editor.commands.setTextSelection(3) // inside "Write to the Minister."
    expect(editor.commands.updateActionItem({ status: 'done' })).toBe(true)
    expect(editor.getJSON().content?.slice(0, 2)).toEqual([
      {
        ...writeToMinister,
        attrs: { ownerId: 'p-clerk', dueDate: '2014-06-03', status: 'done', ...noLabels },
      },
      bookRoom,
    ])
  })

  it('refuses to update when the selection is in no action', () => {
    const editor = createTestEditor('<p>Intro</p>')
    editor.commands.setTextSelection(2)
    expect(editor.commands.updateActionItem({ status: 'done' })).toBe(false)
    expect(editor.getJSON()).toEqual({ type: 'doc', content: [paragraph('Intro')] })
  })

  it('is numbered A1, A2, ... in document order', () => {
    const editor = createTestEditor(actions)
    const shown = [...editor.view.dom.querySelectorAll('[data-type="action-item"]')].map(
      (element) => element.getAttribute('data-number'),
    )
    expect(shown).toEqual(['A1', 'A2'])
  })

  it('round-trips through JSON with owner, due date and status', () => {
    expectRoundTrip(actions, 'JSON')
  })

  it('round-trips through HTML with owner, due date and status', () => {
    expectRoundTrip(actions, 'HTML')
  })

  it('reads an unknown or missing status from HTML as open', () => {
    const editor = createTestEditor(
      '<div data-type="action-item" data-status="finished" data-owner-id="p1"><p>One</p></div><div data-type="action-item"><p>Two</p></div>',
    )
    expect(editor.getJSON().content?.map((node) => node.attrs)).toEqual([
      { ownerId: 'p1', dueDate: null, status: 'open', ...noLabels },
      { ownerId: null, dueDate: null, status: 'open', ...noLabels },
    ])
  })

  it('keeps the wording the minutes gave owner, due date and status through HTML', () => {
    const labelled: JSONContent = {
      type: 'doc',
      content: [
        {
          ...bookRoom,
          attrs: {
            ownerId: null,
            dueDate: '2025-03-31',
            status: 'done',
            label: 'Action | Who | By | Status',
            ownerLabel: 'All members',
            dueLabel: 'end of March',
            statusLabel: 'Complete',
          },
        },
      ],
    }
    expectRoundTrip(labelled, 'HTML')
  })

  describe('schema', () => {
    const check = (...content: JSONContent[]) =>
      checkDoc({ type: 'actionItem', attrs: { status: 'open' }, content })

    it('accepts exactly one paragraph', () => {
      expect(check(paragraph('Write to the Minister.'))).not.toThrow()
    })

    it('refuses an empty action, a second paragraph or a list', () => {
      expect(check()).toThrow(/Invalid content for node actionItem/)
      expect(check(paragraph('One'), paragraph('Two'))).toThrow(
        /Invalid content for node actionItem/,
      )
      expect(
        check({ type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('x')] }] }),
      ).toThrow(/Invalid content for node actionItem/)
    })
  })
})
