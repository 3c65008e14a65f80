import type { Editor } from '@tiptap/core'
import { useEffect, useRef } from 'react'

/**
 * Calls `onPrompt` when the block at `getPos()` was just inserted and asks for its first question
 * (see `requestPrompt`), whether the view mounts before or after the request.
 */
export function useBlockPrompt(
  editor: Editor,
  getPos: () => number | undefined,
  onPrompt: () => void,
): void {
  const onPromptRef = useRef(onPrompt)
  onPromptRef.current = onPrompt
  useEffect(() => {
    const storage = editor.storage.blockPrompt
    if (!storage) return
    const check = () => {
      if (storage.position === null || storage.position !== getPos()) return
      storage.position = null
      onPromptRef.current()
    }
    check()
    storage.listeners.add(check)
    return () => {
      storage.listeners.delete(check)
    }
  }, [editor, getPos])
}
