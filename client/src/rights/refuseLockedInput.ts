import { canChange, type DocumentAccess, type WorkflowStatus } from '@minutes/permissions'
import type { EditorView } from '@tiptap/pm/view'
import { blocksAround } from './describeTransaction'

/** Keys the editor turns into changes itself, without the browser's input events. */
const editingKeys = new Set(['Enter', 'Backspace', 'Delete'])

/**
 * Stops typing where it could not be saved, before the browser touches the page. The check uses
 * the browser's selection, not the editor's: right after a click the editor may not have read
 * it yet, and would otherwise take the refused keystroke's selection back with it and put the
 * next keystrokes where the caret was before, in the speaker's own section.
 */
export function refuseLockedInput(
  view: EditorView,
  event: Event,
  access: DocumentAccess,
  status: WorkflowStatus,
): boolean {
  // Only speakers may change some places and not others; for everyone else editability decides.
  if (access.role !== 'speaker' || !view.editable) return false
  if (event instanceof KeyboardEvent && !editingKeys.has(event.key)) return false
  if (isSelectionEditable(view, access, status)) return false
  event.preventDefault()
  return true
}

function isSelectionEditable(
  view: EditorView,
  access: DocumentAccess,
  status: WorkflowStatus,
): boolean {
  const selection = view.dom.ownerDocument.getSelection()
  const { anchorNode, anchorOffset, focusNode, focusOffset } = selection ?? {}
  if (!anchorNode || !focusNode || anchorOffset === undefined || focusOffset === undefined) {
    return true
  }
  try {
    const anchor = view.posAtDOM(anchorNode, anchorOffset)
    const head = view.posAtDOM(focusNode, focusOffset)
    const path = blocksAround(view.state.doc, Math.min(anchor, head), Math.max(anchor, head))
    return canChange(access, status, { target: 'content', action: 'insert', path }).allowed
  } catch {
    // The selection is outside the text (in a block's header): nothing there takes typing.
    return false
  }
}
