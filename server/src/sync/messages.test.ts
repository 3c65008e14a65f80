import * as decoding from 'lib0/decoding'
import { describe, expect, it } from 'vitest'
import { Awareness } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { encodeAwarenessChange, encodeUpdate, MessageType, SyncStep } from './messages'

describe('messages sent to every connection of a document', () => {
  it('encodes an update once, as a y-websocket sync update', () => {
    const update = Y.encodeStateAsUpdate(new Y.Doc())
    const message = encodeUpdate(update)
    expect(encodeUpdate(update)).toBe(message)
    const decoder = decoding.createDecoder(message)
    expect(decoding.readVarUint(decoder)).toBe(MessageType.sync)
    expect(decoding.readVarUint(decoder)).toBe(SyncStep.update)
    expect(decoding.readVarUint8Array(decoder)).toEqual(update)
  })

  it('encodes one awareness change once, and another change anew', () => {
    const doc = new Y.Doc()
    const awareness = new Awareness(doc)
    const change = { added: [doc.clientID], updated: [], removed: [] }
    const message = encodeAwarenessChange(awareness, change)
    expect(encodeAwarenessChange(awareness, change)).toBe(message)
    expect(encodeAwarenessChange(awareness, { ...change })).not.toBe(message)
    expect(decoding.readVarUint(decoding.createDecoder(message))).toBe(MessageType.awareness)
    awareness.destroy()
  })
})
