import { type Content, Editor } from '@tiptap/core'
import { onTestFinished } from 'vitest'
import { minutesExtensions } from '../minutesExtensions'

/** An editor on the minutes schema holding `content`, destroyed when the calling test finishes. */
export function createTestEditor(content: Content): Editor {
  const editor = new Editor({ extensions: minutesExtensions(), content })
  onTestFinished(() => editor.destroy())
  return editor
}
