// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { keptRefusal } from './keptRefusal'

afterEach(() => window.localStorage.clear())

describe('keptRefusal', () => {
  it('keeps the unsaved state of a refused session, byte for byte, until forgotten', () => {
    const doc = new Y.Doc()
    // Large enough to need the sliced encoding.
    doc.getText('t').insert(0, 'x'.repeat(100_000))
    const unsavedState = Y.encodeStateAsUpdate(doc)
    keptRefusal.keep('d-1', { reason: 'Outside your section.', unsavedState, mayRestore: false })

    const kept = keptRefusal.read('d-1')
    expect(kept).toEqual({ reason: 'Outside your section.', unsavedState, mayRestore: false })
    const restored = new Y.Doc()
    Y.applyUpdate(restored, kept?.unsavedState ?? new Uint8Array())
    expect(restored.getText('t').length).toBe(100_000)

    expect(keptRefusal.read('d-2')).toBeNull()
    keptRefusal.forget('d-1')
    expect(keptRefusal.read('d-1')).toBeNull()
  })

  it('reads nothing from what is not a kept refusal', () => {
    window.localStorage.setItem('minutes.unsaved.d-1', '{"reason": 3}')
    window.localStorage.setItem('minutes.unsaved.d-2', 'not json')
    expect(keptRefusal.read('d-1')).toBeNull()
    expect(keptRefusal.read('d-2')).toBeNull()
  })
})
