import * as Y from 'yjs'
import type { DeleteSet } from '../history/EditLog'
import type { Revert } from '../history/revertToSnapshot'
import type { IdRun } from './findCorrections'

const revertOrigin = Symbol('revert-correction')

/**
 * Computes, without touching `doc`, a NEW change that deletes the characters of `insertions`
 * still there and writes those of `deletions` again where they were (by Yjs's own undo, on a
 * copy), inside the fragment `fragmentName` only. Nothing else moves: other people's later
 * edits stay. Undefined when there is nothing left to undo.
 */
export function revertCorrection(
  doc: Y.Doc,
  fragmentName: string,
  { insertions, deletions }: { insertions: readonly IdRun[]; deletions: readonly IdRun[] },
): Revert | undefined {
  const copy = new Y.Doc({ gc: false })
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
    while (Y.getState(doc.store, copy.clientID) > 0 || copy.clientID === doc.clientID) {
      copy.clientID = Math.floor(Math.random() * 2 ** 31)
    }
    const undo = new Y.UndoManager([copy.getXmlFragment(fragmentName)], {
      trackedOrigins: new Set([revertOrigin]),
      captureTimeout: 0,
    })
    // The undo stack takes what a person's own edit would have recorded: what it inserted and
    // what it deleted.
    const stackItem = {
      insertions: toDeleteSet(insertions),
      deletions: toDeleteSet(deletions),
      meta: new Map(),
    }
    undo.undoStack.push(stackItem as unknown as (typeof undo.undoStack)[number])
    let change: Uint8Array | undefined
    copy.on('update', (update: Uint8Array) => {
      change = change ? Y.mergeUpdates([change, update]) : update
    })
    undo.undo()
    undo.destroy()
    return change && { update: change, clientId: copy.clientID }
  } finally {
    copy.destroy()
  }
}

/** One entry of a delete set; Yjs does not export its class, and reads only these fields. */
type DeleteItem = DeleteSet['clients'] extends Map<number, (infer Entry)[]> ? Entry : never

function toDeleteSet(runs: readonly IdRun[]): DeleteSet {
  const set = Y.createDeleteSet()
  for (const [client, clock, len] of runs) {
    const items = set.clients.get(client) ?? []
    items.push({ clock, len } as DeleteItem)
    set.clients.set(client, items)
  }
  // Sorted and merged, as Yjs expects of a delete set.
  return Y.mergeDeleteSets([set])
}
