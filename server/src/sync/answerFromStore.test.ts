import * as decoding from 'lib0/decoding'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { appendParagraph, paragraphs } from '../testing/connectClient'
import { answerFromStore } from './answerFromStore'
import { MessageType, SyncStep } from './messages'

/** A log of `count` rows as a server stores them, one paragraph each, with deletions. */
function storedLog(count: number): { rows: Uint8Array[]; doc: Y.Doc } {
  const doc = new Y.Doc({ gc: false })
  const rows: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => rows.push(update))
  for (let index = 0; index < count; index++) {
    appendParagraph(doc, `line ${index}`)
    if (index % 3 === 2) {
      const fragment = doc.getXmlFragment('default')
      fragment.delete(fragment.length - 2, 1)
    }
  }
  return { rows, doc }
}

/** Each message's sync step and payload. */
function read(messages: Uint8Array[]): { step: number; update: Uint8Array }[] {
  return messages.map((message) => {
    const decoder = decoding.createDecoder(message)
    expect(decoding.readVarUint(decoder)).toBe(MessageType.sync)
    return { step: decoding.readVarUint(decoder), update: decoding.readVarUint8Array(decoder) }
  })
}

function applyAll(doc: Y.Doc, messages: Uint8Array[]): void {
  for (const { update } of read(messages)) Y.applyUpdate(doc, update)
}

describe('answerFromStore', () => {
  for (const count of [0, 1, 5, 40]) {
    it(`brings an empty client to exactly the stored document (${count} rows)`, () => {
      const { rows, doc } = storedLog(count)
      const messages = answerFromStore(rows, Y.encodeStateVector(new Y.Doc()))
      const steps = read(messages).map(({ step }) => step)
      // The client counts itself synced at step 2: only once it has everything.
      expect(steps.at(-1)).toBe(SyncStep.missingUpdates)
      expect(steps.slice(0, -1).every((step) => step === SyncStep.update)).toBe(true)
      const client = new Y.Doc()
      applyAll(client, messages)
      expect(Y.encodeStateVector(client)).toEqual(Y.encodeStateVector(doc))
      expect(paragraphs(client)).toEqual(paragraphs(doc))
      expect(client.store.pendingStructs).toBeNull()
    })
  }

  for (const count of [5, 40]) {
    it(`sends a client with part of the document only the rest (${count} rows)`, () => {
      const { rows, doc } = storedLog(count)
      const client = new Y.Doc()
      for (const row of rows.slice(0, Math.floor(count / 2))) Y.applyUpdate(client, row)
      const had = Y.decodeStateVector(Y.encodeStateVector(client))
      const messages = answerFromStore(rows, Y.encodeStateVector(client))
      for (const { update } of read(messages)) {
        for (const [clientId, from] of Y.parseUpdateMeta(update).from) {
          expect(from).toBeGreaterThanOrEqual(had.get(clientId) ?? 0)
        }
      }
      applyAll(client, messages)
      expect(Y.encodeStateVector(client)).toEqual(Y.encodeStateVector(doc))
      expect(paragraphs(client)).toEqual(paragraphs(doc))
    })
  }

  it('throws on stored bytes Yjs cannot read when it diffs them', () => {
    expect(() =>
      answerFromStore([new Uint8Array([255, 255, 255, 7])], new Uint8Array([1, 5, 3])),
    ).toThrow()
  })
})
