import {
  canChange,
  canChangeAll,
  type DocumentAccess,
  type WorkflowStatus,
} from '@minutes/permissions'
import { CONTENT_FRAGMENT_NAME, PEOPLE_MAP_NAME } from '@minutes/schema'
import type { Editor } from '@tiptap/core'
import * as Y from 'yjs'
import {
  passageKey,
  type Refusal,
  type RefusalReport,
  type RefusedPassage,
} from '../collaboration/Refusal'
import { describeTransaction } from '../rights/describeTransaction'
import { type DocumentChange, diffDocuments } from './diffDocuments'
import { mergeUnsavedWork, minutesOf } from './mergeUnsavedWork'
import { restoreChanges } from './restoreChanges'
import { restorePeople } from './restorePeople'

export interface RestoreTarget {
  /** The editor of the fresh session, showing exactly what the server sent. */
  editor: Editor
  /** The fresh session's Y.Doc. */
  ydoc: Y.Doc
  access: DocumentAccess
  status: WorkflowStatus
}

const notRestoredReason =
  'It was refused again as soon as it was put back, so it is left for you to copy.'
const failedReason = 'Your unsaved changes could not be put back into the minutes.'

/**
 * After a refusal: puts the person's unsaved work back into the fresh session as new edits, block
 * by block, where their rights allow, and reports the rest with its text. Never throws: if
 * putting back fails, everything that differs is reported, so that nothing is lost silently.
 */
export function restoreUnsavedWork(target: RestoreTarget, refusal: Refusal): RefusalReport {
  const { editor, ydoc, access, status } = target
  const report = (passages: RefusedPassage[]): RefusalReport => ({
    reason: refusal.reason,
    passages: uniquePassages(passages),
  })
  let merged: Y.Doc | undefined
  let changes: DocumentChange[] = []
  try {
    merged = mergeUnsavedWork(ydoc, refusal.unsavedState)
    changes = diffDocuments(editor.state.doc, minutesOf(merged, editor.schema))
    if (!refusal.mayRestore) {
      return report([
        ...changes.map((change) => ({ ...change.passage, reason: notRestoredReason })),
        ...restorePeople(ydoc.getMap(PEOPLE_MAP_NAME), merged.getMap(PEOPLE_MAP_NAME), () => ({
          allowed: false,
          reason: notRestoredReason,
        })),
      ])
    }
    const people = restorePeople(
      ydoc.getMap(PEOPLE_MAP_NAME),
      merged.getMap(PEOPLE_MAP_NAME),
      (key) => canChange(access, status, { target: 'register', key }),
    )
    const content = restoreChanges(editor, changes, (tr) =>
      canChangeAll(access, status, describeTransaction(tr)),
    )
    return report([...content, ...people])
  } catch (error) {
    console.error('Unsaved work could not be put back.', error)
    const passages =
      changes.length > 0
        ? changes.map((change) => change.passage)
        : [{ text: merged ? plainTextOf(merged) : '', isRemoval: false }]
    return report(passages.map((passage) => ({ ...passage, reason: failedReason })))
  } finally {
    merged?.destroy()
  }
}

/** The words of the minutes without the editor's schema, when even that failed. */
function plainTextOf(doc: Y.Doc): string {
  const blocks: string[] = []
  const collect = (node: Y.XmlElement | Y.XmlFragment | Y.XmlText): string =>
    node instanceof Y.XmlText
      ? node
          .toDelta()
          .map((part: { insert: unknown }) => (typeof part.insert === 'string' ? part.insert : ''))
          .join('')
      : node
          .toArray()
          .map((child) => (child instanceof Y.XmlHook ? '' : collect(child)))
          .join(' ')
  for (const block of doc.getXmlFragment(CONTENT_FRAGMENT_NAME).toArray()) {
    if (!(block instanceof Y.XmlHook)) blocks.push(collect(block))
  }
  return blocks.filter((text) => text.trim()).join('\n\n')
}

/** Each passage once: several changes in one block share its passage. */
function uniquePassages(passages: readonly RefusedPassage[]): RefusedPassage[] {
  const unique = new Map<string, RefusedPassage>()
  for (const passage of passages) unique.set(passageKey(passage), passage)
  return [...unique.values()]
}
