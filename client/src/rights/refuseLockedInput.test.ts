// @vitest-environment happy-dom
import { minutesExtensions } from '@minutes/schema'
import { paragraph } from '@minutes/schema/testing/paragraph'
import { speakerSection } from '@minutes/schema/testing/speakerSection'
import { Editor, type JSONContent } from '@tiptap/core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createSectionRights } from './createSectionRights'
import { refuseLockedInput } from './refuseLockedInput'
import { refusalTipMilliseconds } from './showRefusalTip'

const minutes: JSONContent = {
  type: 'doc',
  content: [
    paragraph('The chair opened the meeting.'),
    speakerSection('p-tate', paragraph('Tate said.')),
  ],
}
const speaker = { role: 'speaker', speakerId: 'p-tate' } as const

const editors: Editor[] = []
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy()
  document.body.replaceChildren()
  vi.useRealTimers()
})

function openMinutes(): Editor {
  const host = document.body.appendChild(document.createElement('div'))
  const editor = new Editor({
    element: host,
    extensions: [
      ...minutesExtensions(),
      createSectionRights({ ...speaker, getStatus: () => 'circulated' }),
    ],
    content: minutes,
  })
  editors.push(editor)
  return editor
}

/** Puts the browser's caret in `text`, as a click does before the editor reads it. */
function clickInto(editor: Editor, text: string): void {
  let position = -1
  editor.state.doc.descendants((node, at) => {
    if (position === -1 && node.isText && node.text?.includes(text)) position = at + 1
  })
  const { node, offset } = editor.view.domAtPos(position)
  document.getSelection()?.collapse(node, offset)
}

const pressEnter = () => new KeyboardEvent('keydown', { key: 'Enter', cancelable: true })
const tipOf = () => document.querySelector<HTMLElement>('.refusal-tip[role="status"]')

describe('refuseLockedInput', () => {
  it('says at the caret why a speaker’s keystroke outside their section was refused, for a moment', () => {
    vi.useFakeTimers()
    const editor = openMinutes()
    clickInto(editor, 'The chair')
    const event = pressEnter()
    expect(refuseLockedInput(editor.view, event, speaker, 'circulated')).toBe(true)
    expect(event.defaultPrevented).toBe(true)
    expect(tipOf()?.getAttribute('aria-live')).toBe('polite')
    expect(tipOf()?.hidden).toBe(false)
    expect(tipOf()?.textContent).toBe('This change is outside your section and was not saved.')

    vi.advanceTimersByTime(refusalTipMilliseconds)
    expect(tipOf()?.hidden).toBe(true)
    expect(tipOf()?.textContent).toBe('')
  })

  it('lets a keystroke in the speaker’s own section through, with nothing to say', () => {
    const editor = openMinutes()
    clickInto(editor, 'Tate said')
    expect(refuseLockedInput(editor.view, pressEnter(), speaker, 'circulated')).toBe(false)
    expect(tipOf()).toBeNull()
  })
})
