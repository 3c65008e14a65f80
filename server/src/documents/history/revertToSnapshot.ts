import * as Y from 'yjs'

/** The change that makes the watched roots of a document equal to a snapshot again. */
export interface Revert {
  update: Uint8Array
  /** The new Yjs client id the change is written with. */
  clientId: number
}

const revertOrigin = Symbol('revert')

/**
 * Computes, without touching `doc`, a NEW change that brings the roots named in `roots` back to
 * what they were at `snapshot`: what was added since is deleted, what was deleted since is
 * written again (by Yjs's own undo, on a copy). History is never rewritten; other roots (the
 * comment threads, the workflow status) are left as they are. Undefined when nothing differs.
 */
export function revertToSnapshot(
  doc: Y.Doc,
  snapshot: Y.Snapshot,
  roots: { fragments: readonly string[]; maps: readonly string[] },
): Revert | undefined {
  const current = new Y.Doc({ gc: false })
  const then = new Y.Doc({ gc: false })
  try {
    Y.applyUpdate(current, Y.encodeStateAsUpdate(doc))
    Y.createDocFromSnapshot(current, snapshot, then)
    while (Y.getState(doc.store, then.clientID) > 0 || then.clientID === doc.clientID) {
      then.clientID = Math.floor(Math.random() * 2 ** 31)
    }
    const currentVector = Y.encodeStateVector(current)
    const scope = [
      ...roots.fragments.map((name) => then.getXmlFragment(name)),
      ...roots.maps.map((name) => then.getMap(name)),
    ]
    const undo = new Y.UndoManager(scope, {
      trackedOrigins: new Set([revertOrigin]),
      captureTimeout: 0,
    })
    Y.applyUpdate(then, Y.encodeStateAsUpdate(current, Y.encodeStateVector(then)), revertOrigin)
    undo.undo()
    undo.destroy()
    // Applied to the current state, the revert emits only what it changes: its own structs and
    // the deletions not already made.
    let change: Uint8Array | undefined
    current.on('update', (update: Uint8Array) => {
      change = change ? Y.mergeUpdates([change, update]) : update
    })
    Y.applyUpdate(current, Y.encodeStateAsUpdate(then, currentVector))
    return change && { update: change, clientId: then.clientID }
  } finally {
    current.destroy()
    then.destroy()
  }
}
