// @vitest-environment happy-dom
import { minutesExtensions } from '@minutes/schema'
import { Editor } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { act } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mountReact } from '../testing/mountReact'
import { findCurrentEntry } from './findCurrentEntry'
import { entriesDelayMs, useDocumentEntries } from './useDocumentEntries'

const mounted = mountReact()
const derive = vi.fn((doc: ProseMirrorNode) => {
  const entries: { position: number; text: string }[] = []
  doc.forEach((node, position) => {
    entries.push({ position, text: node.textContent })
  })
  return entries
})

function Entries({ editor }: { editor: Editor }) {
  const { entries, currentIndex } = useDocumentEntries(editor, derive, findCurrentEntry)
  return <output data-current={currentIndex}>{entries.map(({ text }) => text).join('|')}</output>
}

describe('useDocumentEntries', () => {
  let editor: Editor
  beforeEach(() => {
    vi.useFakeTimers()
    derive.mockClear()
    editor = new Editor({
      extensions: minutesExtensions(),
      content: '<p>One</p><p>Two</p><p>Three</p>',
    })
  })
  afterEach(() => {
    editor.destroy()
    vi.useRealTimers()
  })
  const shown = () => mounted.container.querySelector('output')

  it('derives the entries once a delay after typing, not on every keystroke', () => {
    mounted.render(<Entries editor={editor} />)
    expect(shown()?.textContent).toBe('One|Two|Three')
    act(() => {
      for (const letter of 'abc') editor.chain().setTextSelection(4).insertContent(letter).run()
    })
    expect(derive).toHaveBeenCalledTimes(1)
    expect(shown()?.textContent).toBe('One|Two|Three')
    act(() => vi.advanceTimersByTime(entriesDelayMs))
    expect(derive).toHaveBeenCalledTimes(2)
    expect(shown()?.textContent).toBe('Onecba|Two|Three')
  })

  it('follows the selection at once when the document has not changed', () => {
    mounted.render(<Entries editor={editor} />)
    act(() => {
      editor.commands.setTextSelection(12)
    })
    expect(shown()?.getAttribute('data-current')).toBe('2')
    expect(derive).toHaveBeenCalledTimes(1)
  })
})
