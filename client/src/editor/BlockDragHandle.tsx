import { DragHandle } from '@tiptap/extension-drag-handle-react'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { Editor } from '@tiptap/react'
import { useCallback, useRef } from 'react'
import { agendaGroupSelection } from './blocks/agendaGroupSelection'

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
// One object for the editor's life: a new one each render would re-register the plugin.
const position = { placement: 'left-start', strategy: 'absolute' } as const

/**
 * A grip beside the block under the pointer, to drag it elsewhere; the keyboard has Alt+Shift+↑/↓.
 * An agenda item is dragged with everything it groups: selected whole as the drag starts, which
 * the handle then carries as one range.
 */
export function BlockDragHandle({ editor }: { editor: Editor }) {
  const hovered = useRef(-1)
  // Stable callbacks: new ones would re-register the plugin, as a new `position` would.
  const handleNodeChange = useCallback(({ pos }: { node: ProseMirrorNode | null; pos: number }) => {
    hovered.current = pos
  }, [])
  const handleDragStart = useCallback(() => {
    const selection = agendaGroupSelection(editor.state.doc, hovered.current)
    if (selection) editor.view.dispatch(editor.state.tr.setSelection(selection))
  }, [editor])
  return (
    <DragHandle
      editor={editor}
      className="drag-handle"
      computePositionConfig={position}
      onNodeChange={handleNodeChange}
      onElementDragStart={handleDragStart}
    >
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
