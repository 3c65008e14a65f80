import type { Verdict } from '@minutes/permissions'
import type { Editor } from '@tiptap/core'
import type { Transaction } from '@tiptap/pm/state'
import type { RefusedPassage } from '../collaboration/Refusal'
import { type DocumentChange, inApplyingOrder } from './diffDocuments'

/** The rights as they apply to one local transaction, with the reason when refused. */
export type JudgeTransaction = (tr: Transaction) => Verdict

const notTakenReason = 'This editor did not accept this change here.'
const failedReason = 'This change could not be put back into the minutes.'

/**
 * Makes each change in `editor` as a new edit of this person's, one transaction each, so that the
 * editor's own rights filter stands between it and the Y.Doc as for anything typed. Returns the
 * passage of each change that was not accepted, with why.
 */
export function restoreChanges(
  editor: Editor,
  changes: readonly DocumentChange[],
  judge: JudgeTransaction,
): RefusedPassage[] {
  const refused: RefusedPassage[] = []
  const refuse = (change: DocumentChange, reason: string) => {
    refused.push({ ...change.passage, reason })
  }
  for (const change of inApplyingOrder(changes)) {
    try {
      const tr =
        change.kind === 'replace'
          ? editor.state.tr.replace(change.from, change.to, change.slice)
          : editor.state.tr.setNodeMarkup(change.at, undefined, change.attrs, change.marks)
      const verdict = judge(tr)
      if (!verdict.allowed) {
        refuse(change, verdict.reason)
        continue
      }
      const before = editor.state.doc
      editor.view.dispatch(tr)
      if (editor.state.doc === before && tr.docChanged) refuse(change, notTakenReason)
    } catch (error) {
      console.error('A change could not be put back.', error)
      refuse(change, failedReason)
    }
  }
  return refused
}
