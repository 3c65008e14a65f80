import type { Editor } from '@tiptap/core'
import { useSyncExternalStore } from 'react'

/** Whether the editor accepts changes now; `setEditable` announces itself with an update. */
export function useIsEditable(editor: Editor | null): boolean {
  return useSyncExternalStore(
    (listener) => {
      editor?.on('update', listener)
      return () => {
        editor?.off('update', listener)
      }
    },
    () => editor?.isEditable ?? false,
  )
}
