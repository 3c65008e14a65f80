import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { revertToSnapshot } from './revertToSnapshot'

const roots = { fragments: ['default'], maps: ['people'] }

function paragraph(text: string, attributes: Record<string, string> = {}): Y.XmlElement {
  const element = new Y.XmlElement('paragraph')
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value)
  element.insert(0, [new Y.XmlText(text)])
  return element
}

describe('revertToSnapshot', () => {
  it('brings content and people back to a snapshot with a new change, leaving comments alone', () => {
    const doc = new Y.Doc({ gc: false })
    const fragment = doc.getXmlFragment('default')
    fragment.insert(0, [paragraph('First words.', { id: 'a' }), paragraph('Second.')])
    doc.getMap('people').set('p1', { id: 'p1', name: 'Ada' })
    const version = Y.snapshot(doc)
    const before = fragment.toString()

    // Edits after the version: text typed, a block deleted, an attribute changed, a person added.
    ;(fragment.get(0) as Y.XmlElement).setAttribute('id', 'changed')
    ;((fragment.get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(5, ' more')
    fragment.delete(1, 1)
    fragment.insert(1, [paragraph('Added later.')])
    doc.getMap('people').set('p2', { id: 'p2', name: 'Bo' })
    doc.getMap('comments').set('t1', 'a comment')
    expect(fragment.toString()).not.toBe(before)

    const revert = revertToSnapshot(doc, version, roots)
    expect(revert).toBeDefined()
    const clock = Y.getState(doc.store, revert?.clientId ?? 0)
    expect(clock).toBe(0)
    // A peer that has everything receives the revert as any other update.
    const peer = new Y.Doc()
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc))
    Y.applyUpdate(peer, revert?.update ?? new Uint8Array())
    Y.applyUpdate(doc, revert?.update ?? new Uint8Array())
    for (const copy of [doc, peer]) {
      expect(copy.getXmlFragment('default').toString()).toBe(before)
      expect([...copy.getMap('people').keys()]).toEqual(['p1'])
      expect(copy.getMap('comments').get('t1')).toBe('a comment')
    }
  })

  it('changes nothing when the content is as it was', () => {
    const doc = new Y.Doc({ gc: false })
    doc.getXmlFragment('default').insert(0, [paragraph('Same.')])
    const version = Y.snapshot(doc)
    doc.getMap('comments').set('t1', 'only a comment')
    expect(revertToSnapshot(doc, version, roots)).toBeUndefined()
  })
})
