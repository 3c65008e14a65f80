import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { appendParagraph, paragraphs } from '../testing/connectClient'
import { Broadcast } from './Broadcast'

/** One client's edit as an update. */
function edit(client: Y.Doc, text: string): Uint8Array {
  const before = Y.encodeStateVector(client)
  appendParagraph(client, text)
  return Y.encodeStateAsUpdate(client, before)
}

function apply(base: Uint8Array, update: Uint8Array | undefined): string[] {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, base)
  if (update) Y.applyUpdate(doc, update)
  return paragraphs(doc)
}

describe('Broadcast', () => {
  const shared = new Y.Doc()
  appendParagraph(shared, 'before')
  const base = Y.encodeStateAsUpdate(shared)
  const fork = () => {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, base)
    return doc
  }
  const alice = fork()
  const bob = fork()
  const changes = [
    { update: edit(alice, 'alice 1'), origin: 'alice' },
    { update: edit(bob, 'bob'), origin: 'bob' },
    { update: edit(alice, 'alice 2'), origin: 'alice' },
  ]

  it('gives every connection that wrote none of it the very same merged update', () => {
    const broadcast = new Broadcast(changes)
    const forReader = broadcast.updateFor('reader')
    expect(broadcast.updateFor('another reader')).toBe(forReader)
    expect(apply(base, forReader).sort()).toEqual(['alice 1', 'alice 2', 'before', 'bob'])
  })

  it('gives a connection nothing when it wrote all, and the whole flush when it wrote a part', () => {
    const broadcast = new Broadcast(changes)
    // Its own edits come back with the others': applying them again changes nothing.
    expect(broadcast.updateFor('alice')).toBe(broadcast.updateFor('reader'))
    expect(broadcast.updateFor('bob')).toBe(broadcast.updateFor('reader'))
    expect(new Broadcast(changes.slice(0, 1)).updateFor('alice')).toBeUndefined()
    const aliceOnly = [changes[0]!, changes[2]!]
    expect(new Broadcast(aliceOnly).updateFor('alice')).toBeUndefined()
  })

  it('passes on the merge the flush made already, to readers only', () => {
    const merged = Y.mergeUpdates(changes.map(({ update }) => update))
    const broadcast = new Broadcast(changes, merged)
    expect(broadcast.updateFor('reader')).toBe(merged)
    expect(broadcast.updateFor('bob')).toBe(merged)
  })

  it('passes a lone change on as it is, without merging', () => {
    expect(new Broadcast(changes.slice(1, 2)).updateFor('reader')).toBe(changes[1]!.update)
  })
})
