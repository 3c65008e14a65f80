import { describe, expect, it } from 'vitest'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { sanitiseAwarenessUpdate } from './sanitiseAwarenessUpdate'

/** A client's awareness update with `state`, as y-protocols encodes it. */
function updateFrom(state: Record<string, unknown>, clientId = 7) {
  const doc = new Y.Doc()
  doc.clientID = clientId
  const awareness = new Awareness(doc)
  awareness.setLocalState(state)
  const update = encodeAwarenessUpdate(awareness, [clientId])
  awareness.destroy()
  return update
}

/** What another peer sees after applying `update`. */
function seenBy(update: Uint8Array) {
  const awareness = new Awareness(new Y.Doc())
  awareness.setLocalState(null)
  applyAwarenessUpdate(awareness, update, 'server')
  const states = Object.fromEntries(awareness.getStates())
  awareness.destroy()
  return states
}

describe('sanitiseAwarenessUpdate', () => {
  const identity = { name: 'Ada Lovell', color: '#0b5cad' }

  it('replaces the claimed user with the authenticated one, keeping the rest', () => {
    const forged = updateFrom({ user: { name: 'The Chair', color: '#000' }, cursor: { anchor: 3 } })
    const seen = seenBy(sanitiseAwarenessUpdate(forged, identity, () => true))
    expect(seen[7]).toEqual({ user: identity, cursor: { anchor: 3 } })
  })

  it('drops entries for client ids the connection may not use', () => {
    const other = updateFrom({ user: { name: 'Bo' } }, 99)
    const seen = seenBy(sanitiseAwarenessUpdate(other, identity, (id: number) => id !== 99))
    expect(seen).toEqual({})
  })

  it("shows a returning client's state above the clock the server removed it at", () => {
    const returning = updateFrom({ cursor: { anchor: 1 } })
    const rewritten = sanitiseAwarenessUpdate(
      returning,
      identity,
      () => true,
      () => 5,
    )
    const awareness = new Awareness(new Y.Doc())
    awareness.setLocalState(null)
    applyAwarenessUpdate(awareness, rewritten, 'server')
    expect(awareness.meta.get(7)?.clock).toBe(6)
    awareness.destroy()
  })

  it('refuses prototype keys and malformed updates', () => {
    const hostile = updateFrom({ nested: JSON.parse('{"__proto__": {"polluted": true}}') })
    expect(() => sanitiseAwarenessUpdate(hostile, identity, () => true)).toThrow('__proto__')
    expect(() => sanitiseAwarenessUpdate(new Uint8Array([1, 7]), identity, () => true)).toThrow()
  })
})
