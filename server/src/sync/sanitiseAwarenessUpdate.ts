import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'

/** Who the server says a connection is: shown to everyone else as this connection's presence. */
export interface Identity {
  name: string
  color: string
}

const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * Rewrites a client's awareness update so that it can only speak for itself: entries for
 * client ids it may not use are dropped, and `user` is replaced by the server's identity.
 * y-protocols alone accepts any client id with a higher clock, so anyone could appear as
 * anyone. Throws on malformed input; the caller closes the connection.
 */
export function sanitiseAwarenessUpdate(
  update: Uint8Array,
  identity: Identity | undefined,
  /** `isLeaving`: the entry only says the client left (a null state). */
  mayUseClient: (clientId: number, isLeaving: boolean) => boolean,
  /** The clock the server holds for a client, which a fresh state must exceed to be shown. */
  knownClock: (clientId: number) => number | undefined = () => undefined,
  /** More entries than this in one message is a flood, not a person. */
  maxEntries = Number.POSITIVE_INFINITY,
): Uint8Array {
  const decoder = decoding.createDecoder(update)
  const count = decoding.readVarUint(decoder)
  if (count > maxEntries) throw new Error(`A presence message may speak for ${maxEntries} at most.`)
  const entries: { clientId: number; clock: number; state: string }[] = []
  for (let index = 0; index < count; index++) {
    const clientId = decoding.readVarUint(decoder)
    const clock = decoding.readVarUint(decoder)
    const json = decoding.readVarString(decoder)
    const isLeaving = json === 'null'
    if (!mayUseClient(clientId, isLeaving)) continue
    // A client back from a dropped connection still counts from its old clock, below the one
    // the server set when it removed it: its own fresh state must still be shown.
    const known = knownClock(clientId)
    const shownClock = !isLeaving && known !== undefined && known >= clock ? known + 1 : clock
    entries.push({ clientId, clock: shownClock, state: rewriteState(json, identity) })
  }
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, entries.length)
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(encoder, clientId)
    encoding.writeVarUint(encoder, clock)
    encoding.writeVarString(encoder, state)
  }
  return encoding.toUint8Array(encoder)
}

function rewriteState(json: string, identity: Identity | undefined): string {
  const state: unknown = JSON.parse(json, (key, value) => {
    if (forbiddenKeys.has(key)) throw new Error(`The key "${key}" is not allowed.`)
    return value
  })
  // null means "this client left": it carries no identity to protect.
  if (state === null) return 'null'
  if (typeof state !== 'object' || Array.isArray(state)) {
    throw new Error('An awareness state must be an object.')
  }
  if (!identity) return JSON.stringify(state)
  return JSON.stringify({ ...state, user: { name: identity.name, color: identity.color } })
}
