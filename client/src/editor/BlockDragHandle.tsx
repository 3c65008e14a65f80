import { DragHandle } from '@tiptap/extension-drag-handle-react'
import type { Editor } from '@tiptap/react'

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
// One object for the editor's life: a new one each render would re-register the plugin.
const position = { placement: 'left-start', strategy: 'absolute' } as const

/** A grip beside the block under the pointer, to drag it elsewhere; the keyboard has Alt+Shift+↑/↓. */
export function BlockDragHandle({ editor }: { editor: Editor }) {
  return (
    <DragHandle editor={editor} className="drag-handle" computePositionConfig={position}>
      <div
        className="drag-handle__grip"
        title={`Drag to move this block (or ${isMac ? '⌥⇧↑ / ⌥⇧↓' : 'Alt+Shift+↑ / ↓'})`}
        aria-hidden="true"
      >
        ⠿
      </div>
    </DragHandle>
  )
}
