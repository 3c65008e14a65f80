import type { Editor } from '@tiptap/core'

/** The position of `text` in the document, to put the selection there. */
export function positionOf(editor: Editor, text: string): number {
  let found: number | undefined
  editor.state.doc.descendants((node, position) => {
    const index = node.text?.indexOf(text) ?? -1
    if (found === undefined && index >= 0) found = position + index
  })
  if (found === undefined) throw new Error(`"${text}" is not in the document`)
  return found
}
