import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { compareSnapshots } from './compareSnapshots'

describe('compareSnapshots', () => {
  it('names who inserted, deleted and formatted, in document order', () => {
    const ada = new Y.Doc({ gc: false })
    ada.clientID = 1
    const text = new Y.XmlText()
    const paragraph = new Y.XmlElement('paragraph')
    paragraph.insert(0, [text])
    ada.getXmlFragment('default').insert(0, [paragraph])
    text.insert(0, 'The budget was agreed.')
    const from = Y.snapshot(ada)

    const bo = new Y.Doc({ gc: false })
    bo.clientID = 2
    Y.applyUpdate(bo, Y.encodeStateAsUpdate(ada))
    const boText = (bo.getXmlFragment('default').get(0) as Y.XmlElement).get(0) as Y.XmlText
    boText.insert(4, 'new ')
    Y.applyUpdate(ada, Y.encodeStateAsUpdate(bo))
    const deletion = Y.createDeleteSet()
    ada.on('afterTransaction', (transaction: Y.Transaction) => {
      for (const [client, items] of transaction.deleteSet.clients)
        deletion.clients.set(client, [...items])
    })
    text.delete(text.length - 1, 1)
    text.format(0, 3, { bold: true })
    const to = Y.snapshot(ada)

    const changes = compareSnapshots(ada.getXmlFragment('default'), from, to, {
      inserterOf: (client) => ({ 1: 'ada', 2: 'bo' })[client],
      deleterOf: (id) => (Y.isDeleted(deletion, id) ? 'ada' : undefined),
    })
    expect(changes).toEqual([
      { kind: 'format', text: 'The', author: 'ada' },
      { kind: 'insert', text: 'new ', author: 'bo' },
      { kind: 'delete', text: '.', author: 'ada' },
    ])
    // Backwards, the same edits read the other way round.
    const back = compareSnapshots(ada.getXmlFragment('default'), to, from, {
      inserterOf: () => 'someone',
      deleterOf: () => undefined,
    })
    expect(back.map(({ kind, text }) => [kind, text])).toEqual([
      ['delete', 'new '],
      ['insert', '.'],
    ])
  })
})
