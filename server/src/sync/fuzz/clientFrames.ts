import * as encoding from 'lib0/encoding'
import { MessageType } from '../messages'

/** One entry of an awareness update as y-protocols encodes it; `state` is JSON text. */
export interface AwarenessEntry {
  clientId: number
  clock: number
  state: string
}

/** Frames as a client writes them, built from parts a fuzzer may have made up. */
export const clientFrames = {
  sync(step: number, payload: Uint8Array): Uint8Array {
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MessageType.sync)
    encoding.writeVarUint(encoder, step)
    encoding.writeVarUint8Array(encoder, payload)
    return encoding.toUint8Array(encoder)
  },

  awareness(entries: readonly AwarenessEntry[]): Uint8Array {
    const update = encoding.createEncoder()
    encoding.writeVarUint(update, entries.length)
    for (const { clientId, clock, state } of entries) {
      encoding.writeVarUint(update, clientId)
      encoding.writeVarUint(update, clock)
      encoding.writeVarString(update, state)
    }
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MessageType.awareness)
    encoding.writeVarUint8Array(encoder, encoding.toUint8Array(update))
    return encoding.toUint8Array(encoder)
  },

  queryAwareness(): Uint8Array {
    return Uint8Array.of(MessageType.queryAwareness)
  },
}

/** The bytes of `parts` one after another. */
export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let offset = 0
  for (const part of parts) {
    joined.set(part, offset)
    offset += part.length
  }
  return joined
}

/** `value` as a lib0 varUint, exact up to 2^53 (the lengths hostile frames claim). */
export function varUint(value: number): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, value)
  return encoding.toUint8Array(encoder)
}

/** `text` as a lib0 varString: its UTF-8 length, then its bytes. */
export function varString(text: string): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarString(encoder, text)
  return encoding.toUint8Array(encoder)
}
