import * as Y from 'yjs'
import { encodeSync, encodeUpdate, SyncStep } from './messages'

/**
 * Beyond this many stored rows they are merged into one update: a client applies one large
 * update far faster than thousands of small ones.
 */
const maxRowsSentApart = 16

/**
 * The answer to a client's sync step 1 taken from the stored log instead of a built document:
 * each row the client lacks (diffed against its state vector), all but the last as updates and
 * the last as sync step 2, so that the client counts itself synced only once it has them all.
 * Rows go out unread to a client that has nothing; a diff throws on bytes Yjs cannot read.
 */
export function answerFromStore(
  rows: readonly Uint8Array[],
  stateVector: Uint8Array,
): Uint8Array[] {
  const isEmpty = Y.decodeStateVector(stateVector).size === 0
  const merged = rows.length > maxRowsSentApart ? [Y.mergeUpdates([...rows])] : [...rows]
  const missing = isEmpty ? merged : merged.map((row) => Y.diffUpdate(row, stateVector))
  // A document with no stored row yet is empty: the answer is the empty update.
  const last = missing.pop() ?? Y.encodeStateAsUpdate(new Y.Doc())
  return [...missing.map(encodeUpdate), encodeSync(SyncStep.missingUpdates, last)]
}
