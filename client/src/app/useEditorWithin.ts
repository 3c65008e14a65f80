import type { Editor, TiptapEditorHTMLElement } from '@tiptap/core'
import { type RefObject, useEffect, useState } from 'react'

/**
 * The TipTap editor mounted somewhere inside `container`, once it is there, and null again after
 * it is destroyed. TipTap keeps the instance on its DOM element (`.ProseMirror`), which lets the
 * page place the outline and the sidebars beside MinutesEditor without reaching into it.
 */
export function useEditorWithin(container: RefObject<HTMLElement | null>): Editor | null {
  const [editor, setEditor] = useState<Editor | null>(null)

  useEffect(() => {
    const root = container.current
    if (!root) return
    let found: Editor | null = null
    const handleDestroy = () => watch()
    const observer = new MutationObserver(() => lookUp())
    const lookUp = () => {
      const element = root.querySelector<TiptapEditorHTMLElement>('.ProseMirror')
      const editor = element?.editor && !element.editor.isDestroyed ? element.editor : null
      if (!editor) return
      // Found: stop watching every keystroke's DOM changes; its 'destroy' says when to look again.
      observer.disconnect()
      found = editor
      editor.on('destroy', handleDestroy)
      setEditor(editor)
    }
    const watch = () => {
      found?.off('destroy', handleDestroy)
      found = null
      setEditor(null)
      observer.observe(root, { childList: true, subtree: true })
      lookUp()
    }
    watch()
    return () => {
      observer.disconnect()
      found?.off('destroy', handleDestroy)
    }
  }, [container])

  return editor
}
