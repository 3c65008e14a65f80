import * as encoding from 'lib0/encoding'
import { type Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness'
import * as Y from 'yjs'

/** Top-level message types of the y-websocket protocol. */
export const MessageType = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
} as const

/** Sub-types of a sync message (y-protocols/sync). */
export const SyncStep = {
  stateVector: 0,
  missingUpdates: 1,
  update: 2,
} as const

export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  return encodeSync(SyncStep.stateVector, Y.encodeStateVector(doc))
}

export function encodeSyncStep2(doc: Y.Doc, stateVector?: Uint8Array): Uint8Array {
  return encodeSync(SyncStep.missingUpdates, Y.encodeStateAsUpdate(doc, stateVector))
}

/** Every connection of a document is sent the same update: it is encoded once, not once each. */
const encodedUpdates = new WeakMap<Uint8Array, Uint8Array>()

export function encodeUpdate(update: Uint8Array): Uint8Array {
  let message = encodedUpdates.get(update)
  if (!message) {
    message = encodeSync(SyncStep.update, update)
    encodedUpdates.set(update, message)
  }
  return message
}

/** The same, for one awareness change (the event object every listener receives). */
const encodedAwarenessChanges = new WeakMap<object, Uint8Array>()

export function encodeAwarenessChange(
  awareness: Awareness,
  change: { added: number[]; updated: number[]; removed: number[] },
): Uint8Array {
  let message = encodedAwarenessChanges.get(change)
  if (!message) {
    message = encodeAwareness(awareness, [...change.added, ...change.updated, ...change.removed])
    encodedAwarenessChanges.set(change, message)
  }
  return message
}

export function encodeAwareness(awareness: Awareness, clientIds: number[]): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.awareness)
  encoding.writeVarUint8Array(encoder, encodeAwarenessUpdate(awareness, clientIds))
  return encoding.toUint8Array(encoder)
}

/** Asks a client for its presence; y-websocket clients answer with every state they know. */
export function encodeQueryAwareness(): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.queryAwareness)
  return encoding.toUint8Array(encoder)
}

/** The y-protocols auth message saying an update was refused, with the reason. */
export function encodePermissionDenied(reason: string): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.auth)
  encoding.writeVarUint(encoder, 0) // y-protocols/auth: messagePermissionDenied
  encoding.writeVarString(encoder, reason)
  return encoding.toUint8Array(encoder)
}

export function encodeSync(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.sync)
  encoding.writeVarUint(encoder, step)
  encoding.writeVarUint8Array(encoder, payload)
  return encoding.toUint8Array(encoder)
}
