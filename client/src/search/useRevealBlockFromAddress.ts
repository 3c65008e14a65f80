import type { Editor } from '@tiptap/core'
import { useEffect } from 'react'
import type * as Y from 'yjs'
import { revealBlock } from '../outline/revealBlock'
import { navigate, useSearch } from '../shared/navigation/navigation'
import { readBlockId } from './blockAddress'
import { findBlockPosition } from './findBlockPosition'

/** How long to wait for the block to arrive with the first sync before giving up quietly. */
const waitForBlockMs = 15_000

/**
 * Opens the minutes at the block the address names (`?block=`, from a search result): the
 * caret there, scrolled into view and highlighted, once the block has arrived. The address then
 * drops the block, so a reload opens the minutes as usual.
 */
export function useRevealBlockFromAddress(editor: Editor | null, ydoc: Y.Doc): void {
  const blockId = readBlockId(useSearch())
  useEffect(() => {
    if (!editor || !blockId) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const tryReveal = () => {
      if (editor.isDestroyed) return
      const position = findBlockPosition(ydoc, editor.state.doc, blockId)
      if (position === undefined) return
      stop()
      revealBlock(editor, position)
      navigate(window.location.pathname, { replace: true })
    }
    // The editor takes each update in after Yjs has: look once it has.
    const handleUpdate = () => {
      clearTimeout(timer)
      timer = setTimeout(tryReveal, 0)
    }
    const giveUp = setTimeout(() => stop(), waitForBlockMs)
    const stop = () => {
      ydoc.off('update', handleUpdate)
      clearTimeout(giveUp)
      clearTimeout(timer)
    }
    ydoc.on('update', handleUpdate)
    tryReveal()
    return stop
  }, [editor, ydoc, blockId])
}
