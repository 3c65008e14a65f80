import {
  canChange,
  type DocumentAccess,
  type Verdict,
  type WorkflowStatus,
} from '@minutes/permissions'
import type { EditorView } from '@tiptap/pm/view'
import { blocksAround } from './describeTransaction'
import { showRefusalTip } from './showRefusalTip'

/** Keys the editor turns into changes itself, without the browser's input events. */
const editingKeys = new Set(['Enter', 'Backspace', 'Delete'])

/**
 * Stops typing where it could not be saved, before the browser touches the page. The check uses
 * the browser's selection, not the editor's: right after a click the editor may not have read
 * it yet, and would otherwise take the refused keystroke's selection back with it and put the
 * next keystrokes where the caret was before, in the speaker's own section. The speaker sees
 * why, at the caret (`showRefusalTip`).
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
  const { verdict, position } = judgeSelection(view, access, status)
  if (verdict.allowed) return false
  event.preventDefault()
  showRefusalTip(view, verdict.reason, position)
  return true
}

const outsideText: Verdict = {
  allowed: false,
  reason: 'This part of the minutes takes no typing.',
}

/** What `canChange` says of typing at the browser's selection, and where its head is. */
function judgeSelection(
  view: EditorView,
  access: DocumentAccess,
  status: WorkflowStatus,
): { verdict: Verdict; position: number } {
  const fallback = view.state.selection.head
  const selection = view.dom.ownerDocument.getSelection()
  const { anchorNode, anchorOffset, focusNode, focusOffset } = selection ?? {}
  if (!anchorNode || !focusNode || anchorOffset === undefined || focusOffset === undefined) {
    return { verdict: { allowed: true }, position: fallback }
  }
  try {
    const anchor = view.posAtDOM(anchorNode, anchorOffset)
    const head = view.posAtDOM(focusNode, focusOffset)
    const path = blocksAround(view.state.doc, Math.min(anchor, head), Math.max(anchor, head))
    const verdict = canChange(access, status, { target: 'content', action: 'insert', path })
    return { verdict, position: head }
  } catch {
    // The selection is outside the text (in a block's header): nothing there takes typing.
    return { verdict: outsideText, position: fallback }
  }
}
