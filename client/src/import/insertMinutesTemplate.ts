import type { CommandProps, Editor } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'

/**
 * Replaces empty minutes with the usual skeleton (header, details, the members, speakers and
 * apologies lists, then a paragraph) in one transaction, one undo step, with the caret in the
 * body's name. Does nothing, and says so, once the minutes have content: never a second copy.
 */
export function insertMinutesTemplate(editor: Editor): boolean {
  if (!editor.isEmpty) return false
  return editor
    .chain()
    .focus()
    .insertMeetingHeader()
    .command(continueAtEnd)
    .insertMeetingDetails()
    .command(continueAtEnd)
    .insertAttendanceList('members')
    .command(continueAtEnd)
    .insertAttendanceList('speakers')
    .command(continueAtEnd)
    .insertAttendanceList('apologies')
    .command(continueAtEnd)
    .setTextSelection(2)
    .run()
}

/** An empty paragraph at the end, with the caret in it: the next block replaces it. */
function continueAtEnd({ tr, state }: CommandProps): boolean {
  const end = tr.doc.content.size
  const last = tr.doc.lastChild
  if (!(last?.type.name === 'paragraph' && last.content.size === 0)) {
    tr.insert(end, state.schema.nodes.paragraph!.create())
  }
  tr.setSelection(TextSelection.create(tr.doc, tr.doc.content.size - 1))
  return true
}
