import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { startUpdateMerger, type UpdateMerger } from './UpdateMerger'

const mergers: UpdateMerger[] = []
afterEach(async () => {
  for (const merger of mergers.splice(0)) await merger.stop()
})

function start(): UpdateMerger {
  const merger = startUpdateMerger()
  mergers.push(merger)
  return merger
}

/** A log of typed updates, as a document's rows are before compaction. */
function typedLog(words: string[]): { log: Uint8Array[]; doc: Y.Doc } {
  const doc = new Y.Doc()
  const log: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => log.push(update))
  for (const word of words) doc.getText('t').insert(doc.getText('t').length, word)
  return { log, doc }
}

describe('UpdateMerger', () => {
  it('merges in its worker exactly as Yjs does here', async () => {
    const { log, doc } = typedLog(['one ', 'two ', 'three'])
    const merged = await start().merge(log)
    expect(merged).toEqual(Y.mergeUpdates(log))
    const replayed = new Y.Doc()
    Y.applyUpdate(replayed, merged)
    expect(replayed.getText('t').toString()).toBe(doc.getText('t').toString())
  })

  it('answers each of several merges at once with its own result', async () => {
    const merger = start()
    const logs = Array.from({ length: 8 }, (_, index) => typedLog([`doc ${index} `, 'text']).log)
    const merged = await Promise.all(logs.map((log) => merger.merge(log)))
    for (const [index, log] of logs.entries()) expect(merged[index]).toEqual(Y.mergeUpdates(log))
  })

  it('refuses bytes Yjs cannot read, with a reason, and keeps serving', async () => {
    const merger = start()
    const broken = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff])
    await expect(merger.merge([broken, broken])).rejects.toThrow(/merging updates failed/)
    const { log } = typedLog(['still ', 'here'])
    expect(await merger.merge(log)).toEqual(Y.mergeUpdates(log))
  })

  it('rejects a merge still waiting when it is stopped', async () => {
    const merger = start()
    const { log } = typedLog(['cut ', 'short'])
    const waiting = merger.merge(log)
    await merger.stop()
    await expect(waiting).rejects.toThrow(/stopped/)
  })

  it('starts anew after it was stopped', async () => {
    const merger = start()
    const { log } = typedLog(['a', 'b'])
    await merger.merge(log)
    await merger.stop()
    expect(await merger.merge(log)).toEqual(Y.mergeUpdates(log))
  })
})
