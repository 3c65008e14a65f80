import * as Y from 'yjs'
import { SyncStep } from '../messages'
import { type AwarenessEntry, clientFrames, concatBytes } from './clientFrames'
import type { Random } from './createRandom'

/** Real traffic to start from: what stock clients send, made by real Y.Docs. */
export interface ValidFrames {
  /** Yjs updates: whole states, single transactions, merges with gaps (skips). */
  updates: Uint8Array[]
  /** Updates whose values nest thousands deep. */
  deepUpdates: Uint8Array[]
  stateVectors: Uint8Array[]
  /** The Yjs client ids these documents wrote with. */
  clientIds: number[]
  /** Sync step 1 and 2, updates, awareness and awareness queries made from the above. */
  frames: Uint8Array[]
}

/** The person id of the invited speaker in the fuzz tests: some sections are theirs. */
export const fuzzSpeakerId = 'p-fuzz'

/** Names a client chose, long enough that quoting one overflows a websocket close reason. */
const longName = (random: Random, stem: string) =>
  `${stem}-${'x'.repeat(random.between(100, 400))}-\u00e9\u{1f600}`

/** One scripted editing session on one document: edits it the way some client could. */
type Scenario = (doc: Y.Doc, random: Random) => void

const content = (doc: Y.Doc) => doc.getXmlFragment('default')

function paragraph(text: string): Y.XmlElement {
  const element = new Y.XmlElement('paragraph')
  element.insert(0, [new Y.XmlText(text)])
  return element
}

const words = ['motion', 'carried', 'the chair', 'noted', 'adjourned', 'élu', '会议', '\u{1f4dd}']
const sentence = (random: Random) =>
  Array.from({ length: random.between(1, 12) }, () => random.pick(words)).join(' ')

const scenarios: Scenario[] = [
  function paragraphs(doc, random) {
    for (let index = random.between(1, 6); index > 0; index--) {
      doc.transact(() => content(doc).insert(content(doc).length, [paragraph(sentence(random))]))
    }
  },
  function formattedText(doc, random) {
    const text = new Y.XmlText(sentence(random))
    const element = new Y.XmlElement('paragraph')
    element.insert(0, [text])
    content(doc).insert(0, [element])
    text.format(0, 3, { bold: true })
    text.format(1, 2, { [random.chance(0.5) ? 'italic' : longName(random, 'mark')]: {} })
    text.insert(text.length, 'link', { link: { href: 'javascript:alert(1)' } })
  },
  function speakerSections(doc, random) {
    for (let index = random.between(1, 3); index > 0; index--) {
      const section = new Y.XmlElement('speakerSection')
      section.setAttribute(
        'speakerId',
        random.pick([fuzzSpeakerId, 'p-other', longName(random, 'person')]),
      )
      section.insert(0, [paragraph(sentence(random))])
      content(doc).insert(content(doc).length, [section])
    }
    const first = content(doc).get(0)
    if (first instanceof Y.XmlElement) {
      first.setAttribute('speakerId', fuzzSpeakerId)
      const inner = first.get(0)
      if (inner instanceof Y.XmlElement) inner.insert(inner.length, [new Y.XmlText(' later')])
    }
  },
  function people(doc, random) {
    const register = doc.getMap('people')
    register.set(fuzzSpeakerId, { id: fuzzSpeakerId, name: sentence(random) })
    const person = new Y.Map<unknown>()
    person.set('name', sentence(random))
    register.set('p-map', person)
    register.set(random.pick(['__proto__', 'constructor', longName(random, 'key')]), 'value')
    register.set('p-number', random.int(1000))
  },
  function workflow(doc, random) {
    doc.getMap('workflow').set('status', random.pick(['draft', 'published', 'archived']))
  },
  function unknownRoots(doc, random) {
    doc.getMap(longName(random, 'root')).set('key', 'value')
    doc.getText(longName(random, 'text')).insert(0, sentence(random))
    doc.getArray(random.pick(['defaults', '', longName(random, 'array')])).push([1, 'two'])
  },
  function unknownNamesInContent(doc, random) {
    const element = new Y.XmlElement(random.pick(['script', 'iframe', longName(random, 'node')]))
    content(doc).insert(0, [element])
    const known = paragraph(sentence(random))
    content(doc).insert(1, [known])
    known.setAttribute(longName(random, 'attribute'), 'value')
    known.setAttribute('onclick', 'alert(1)')
  },
  function contentDeleted(doc, random) {
    const element = paragraph(sentence(random).repeat(3))
    content(doc).insert(0, [element])
    const text = element.get(0)
    if (text instanceof Y.XmlText && text.length > 4) text.delete(1, text.length - 3)
    const register = doc.getMap('people')
    register.set('p-1', 'first')
    register.set('p-1', 'second')
    register.delete('p-1')
  },
  function garbageCollected(doc, random) {
    content(doc).insert(0, [paragraph(sentence(random)), paragraph(sentence(random))])
    content(doc).delete(0, 1)
  },
  function deepElements(doc, random) {
    const name = random.pick(['paragraph', 'speakerSection', 'blockquote', 'bulletList'])
    let element = new Y.XmlElement(name)
    content(doc).insert(0, [element])
    for (let depth = random.between(50, 1_500); depth > 0; depth--) {
      const child = new Y.XmlElement(name)
      element.insert(0, [child])
      element = child
    }
  },
  function deepMaps(doc, random) {
    let map = new Y.Map<unknown>()
    doc.getMap('people').set(fuzzSpeakerId, map)
    for (let depth = random.between(50, 500); depth > 0; depth--) {
      const child = new Y.Map<unknown>()
      map.set('inner', child)
      map = child
    }
  },
  function manyDeletedRanges(doc, random) {
    const text = new Y.XmlText()
    const element = new Y.XmlElement('paragraph')
    element.insert(0, [text])
    content(doc).insert(0, [element])
    const length = random.between(50, 400)
    for (let index = 0; index < length; index++) text.insert(index, 'a')
    for (let index = length - 1; index >= 0; index -= 2) text.delete(index, 1)
  },
  function bigText(doc, random) {
    content(doc).insert(0, [paragraph('minutes '.repeat(random.between(1_000, 4_000)))])
  },
]

/**
 * Builds the valid traffic the fuzzer mutates: each scenario edits a real Y.Doc (client id
 * from `random`, so the seed replays it), and its updates are kept whole, per transaction
 * and merged with gaps.
 */
export function createValidFrames(random: Random): ValidFrames {
  const updates: Uint8Array[] = []
  const deepUpdates: Uint8Array[] = []
  const stateVectors: Uint8Array[] = [Y.encodeStateVector(new Y.Doc())]
  const clientIds: number[] = []
  for (const scenario of scenarios) {
    for (const gc of [true, false]) {
      const doc = new Y.Doc({ gc })
      doc.clientID = random.int(2 ** 31)
      clientIds.push(doc.clientID)
      const increments: Uint8Array[] = []
      doc.on('update', (update: Uint8Array) => increments.push(update))
      scenario(doc, random)
      const whole = Y.encodeStateAsUpdate(doc)
      const target = scenario.name.startsWith('deep') ? deepUpdates : updates
      target.push(whole)
      if (scenario.name !== 'bigText') target.push(...increments.slice(0, 8))
      // Leaving out a middle increment makes a merge with a gap: Yjs encodes it as a Skip.
      if (increments.length >= 3) {
        target.push(Y.mergeUpdates(increments.filter((_, index) => index !== 1)))
      }
      stateVectors.push(Y.encodeStateVector(doc))
      doc.destroy()
    }
  }
  updates.push(Y.mergeUpdates(updates.slice(0, 40)), manyClientsUpdate(random, clientIds))
  deepUpdates.push(deepValueUpdate(random, 2_000), deepValueUpdate(random, 100_000))

  const frames: Uint8Array[] = [clientFrames.queryAwareness()]
  for (const update of updates) {
    frames.push(clientFrames.sync(SyncStep.update, update))
    frames.push(clientFrames.sync(SyncStep.missingUpdates, update))
  }
  for (const stateVector of stateVectors) {
    frames.push(clientFrames.sync(SyncStep.stateVector, stateVector))
  }
  for (let index = 0; index < 12; index++) {
    frames.push(clientFrames.awareness(awarenessEntries(random, clientIds)))
  }
  return { updates, deepUpdates, stateVectors, clientIds, frames }
}

/** One update written by a hundred clients at once. */
function manyClientsUpdate(random: Random, clientIds: number[]): Uint8Array {
  const parts: Uint8Array[] = []
  for (let index = 0; index < 100; index++) {
    const doc = new Y.Doc()
    doc.clientID = random.int(2 ** 31)
    clientIds.push(doc.clientID)
    content(doc).insert(0, [paragraph(`client ${index}`)])
    parts.push(Y.encodeStateAsUpdate(doc))
    doc.destroy()
  }
  return Y.mergeUpdates(parts)
}

/**
 * A value in the people register nested `depth` arrays deep: Yjs reads such values
 * recursively, so a deep enough one overflows the stack of whoever decodes it.
 */
function deepValueUpdate(random: Random, depth: number): Uint8Array {
  const marker = `deep-${random.int(1e9)}`
  const doc = new Y.Doc()
  doc.clientID = random.int(2 ** 31)
  doc.getMap('people').set(fuzzSpeakerId, marker)
  const update = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  // lib0's writeAny writes a string as 119, its length, its bytes; an array as 117, its length.
  const encoded = concatBytes(Uint8Array.of(119, marker.length), new TextEncoder().encode(marker))
  const at = indexOfBytes(update, encoded)
  if (at < 0) throw new Error('The marker value was not found in its update.')
  const nesting = new Uint8Array(depth * 2)
  for (let index = 0; index < depth; index++) nesting.set([117, 1], index * 2)
  return concatBytes(update.subarray(0, at), nesting, update.subarray(at))
}

/**
 * The client ids the fuzz tests give each connection's marker (the presence they watch for to
 * know a frame was handled): the first connection's is `firstMarkerClientId + 1`. Random ids
 * never fall among them, or a frame claiming one would silence a later connection's marker.
 */
export const firstMarkerClientId = 3_000_000_000
const markerClientIdsEnd = firstMarkerClientId + 10_000_000

/** Any 32-bit client id but the markers'. */
export function randomClientId(random: Random): number {
  const id = random.int(2 ** 32 - (markerClientIdsEnd - firstMarkerClientId))
  return id < firstMarkerClientId ? id : id + (markerClientIdsEnd - firstMarkerClientId)
}

/** Awareness states as clients send them, and as hostile ones might: many, big, deep, odd. */
export function awarenessEntries(random: Random, clientIds: readonly number[]): AwarenessEntry[] {
  const count = random.weighted([
    [1, 12],
    [random.between(2, 50), 6],
    [random.between(200, 1_000), 1],
  ] as const)
  // Big or deep states come one or a few at a time: a frame stays under a megabyte.
  const isCrowded = count > 20
  return Array.from({ length: count }, () => ({
    clientId: random.chance(0.3) ? random.pick(clientIds) : randomClientId(random),
    clock: random.chance(0.9)
      ? random.int(10)
      : random.pick([2 ** 31, 2 ** 32 - 1, Number.MAX_SAFE_INTEGER]),
    state: awarenessState(random, isCrowded),
  }))
}

function awarenessState(random: Random, isCrowded: boolean): string {
  const kind = random.weighted([
    ['cursor', 8],
    ['left', 2],
    ['big', isCrowded ? 0 : 0.5],
    ['deep', isCrowded ? 0 : 0.5],
    ['prototype', 1],
    ['notAnObject', 1],
  ] as const)
  switch (kind) {
    case 'cursor':
      return JSON.stringify({
        user: { name: sentence(random) },
        cursor: { anchor: random.int(99) },
      })
    case 'left':
      return 'null'
    case 'big':
      return JSON.stringify({ user: { name: longName(random, 'name') }, big: 'x'.repeat(30_000) })
    case 'deep': {
      const depth = random.between(100, 20_000)
      return `{"a":${'['.repeat(depth)}${']'.repeat(depth)}}`
    }
    case 'prototype':
      return '{"__proto__":{"isAdmin":true}}'
    case 'notAnObject':
      return random.pick(['5', '"text"', '[]', '{', '', 'undefined'])
  }
}

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let start = 0; start <= haystack.length - needle.length; start++) {
    for (let index = 0; index < needle.length; index++) {
      if (haystack[start + index] !== needle[index]) continue outer
    }
    return start
  }
  return -1
}
