import type { WorkflowStatus } from '@minutes/permissions'
import { CloseCode } from '@minutes/protocol'
import { CONTENT_FRAGMENT_NAME, maxBlockDepth, WORKFLOW_MAP_NAME } from '@minutes/schema'
import { paragraph } from '@minutes/schema/testing/paragraph'
import { speakerSection } from '@minutes/schema/testing/speakerSection'
import type { JSONContent } from '@tiptap/core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import * as Y from 'yjs'
import { encodeMinutesState } from '../documents/encodeMinutesState'
import { appendParagraph, connectClient, paragraphs, waitFor } from '../testing/connectClient'
import { type CraftedId, craftUpdate } from '../testing/craftUpdate'
import {
  accessFromQuery,
  connectAs,
  openAs,
  sendUpdateAs,
  syncedState,
} from '../testing/sendUpdateAs'
import { startTestServer, type TestServer } from '../testing/startTestServer'
import { maxCloseReasonBytes } from '../transport/boundCloseReason'
import { clientFrames } from './fuzz/clientFrames'
import { encodeSyncStep1, encodeSyncStep2, encodeUpdate } from './messages'
import {
  maxMsBeforeCatchUp,
  maxPresenceIdsPerConnection,
  maxUpdatesBeforeCatchUp,
} from './SyncSession'

const minutes: JSONContent = {
  type: 'doc',
  content: [
    paragraph('Opening remarks.'),
    speakerSection('p-ada', paragraph('Ada spoke first.'), {
      type: 'recommendation',
      attrs: { status: 'proposed', addressee: 'the Home Office', proposerId: 'p-ada' },
      content: [paragraph('Train every officer.')],
    }),
    speakerSection('p-bo', paragraph('Bo replied.')),
  ],
}
const people = [
  { id: 'p-ada', name: 'Ada Lovell' },
  { id: 'p-bo', name: 'Bo Marsh' },
]

let server: TestServer
let documentId: string

beforeEach(async () => {
  server = await startTestServer({ unloadDelayMs: 50 }, undefined, accessFromQuery)
  documentId = await server.createDocument('Hostile', encodeMinutesState(minutes, people))
})
afterEach(async () => {
  await server.close()
})

async function setStatus(status: WorkflowStatus) {
  await server.registry.setStatus(documentId, status)
}

/** Reads the live document on the server, then lets it go. */
async function onServer<T>(read: (doc: Y.Doc) => T): Promise<T> {
  const lease = await server.registry.acquire(documentId)
  try {
    await lease.document.whenDurable()
    return read(lease.document.doc)
  } finally {
    lease.release()
  }
}

const sectionOf = (doc: Y.Doc, index: number) =>
  doc.getXmlFragment(CONTENT_FRAGMENT_NAME).get(index) as Y.XmlElement
const idOf = (item: Y.Item | null | undefined): CraftedId => {
  if (!item) throw new Error('no such item')
  return [item.id.client, item.id.clock]
}
/** The item holding an attribute's (or map key's) current value. */
const valueItem = (type: { _map: Map<string, Y.Item> }, key: string) => type._map.get(key)

/** Runs `act` on the loaded document and expects it to store nothing and hold nothing pending. */
async function expectNothingStored(act: () => Promise<void>) {
  // Loaded first: loading writes the workflow mirror, which is not the act's doing.
  const lease = await server.registry.acquire(documentId)
  await lease.document.whenDurable()
  try {
    const before = await server.store.loadUpdates(documentId)
    await act()
    await lease.document.whenDurable()
    expect(await server.store.loadUpdates(documentId)).toEqual(before)
    expect([lease.document.doc.store.pendingStructs, lease.document.doc.store.pendingDs]).toEqual([
      null,
      null,
    ])
  } finally {
    lease.release()
  }
}

/** Expects the update to be refused (4403) and the stored document to be unchanged. */
async function expectRefused(as: string, update: Uint8Array, reason: RegExp) {
  await expectNothingStored(async () => {
    const { closed, denials } = await sendUpdateAs(server, documentId, as, update)
    const { code } = await closed
    expect(code).toBe(CloseCode.updateRefused)
    expect(denials[0]).toMatch(reason)
  })
}

/** A copy of the stored document to make honest-looking edits on. */
async function copyOfStored(): Promise<Y.Doc> {
  const doc = new Y.Doc()
  for (const update of await server.store.loadUpdates(documentId)) Y.applyUpdate(doc, update)
  return doc
}

async function editOfCopy(change: (doc: Y.Doc) => void): Promise<Uint8Array> {
  const doc = await copyOfStored()
  const before = Y.encodeStateVector(doc)
  change(doc)
  return Y.encodeStateAsUpdate(doc, before)
}

describe('one frame must not end the server', () => {
  it('bounds a long refusal reason to the protocol, closes only that connection, keeps serving', async () => {
    const link = await editOfCopy((doc) => {
      const text = (sectionOf(doc, 0).get(0) as Y.XmlText | undefined) ?? null
      const paragraphText = (sectionOf(doc, 0) as Y.XmlElement).get(0) as Y.XmlText
      ;(text ?? paragraphText).format(0, 7, {
        link: { href: 'ftp://files.example.org/minutes.pdf' },
      })
    })
    const bystander = connectAs(server, documentId, 'secretariat')
    await bystander.synced
    const { closed, denials } = await sendUpdateAs(server, documentId, 'secretariat', link)
    const { code, reason } = await closed
    expect(code).toBe(CloseCode.updateRefused)
    expect(Buffer.byteLength(reason)).toBeLessThanOrEqual(maxCloseReasonBytes)
    // The whole reason still reaches the client, in the permission-denied message.
    expect(denials[0]).toMatch(/Links may only point to web pages/)
    expect(denials[0]!.length).toBeGreaterThan(reason.length)

    appendParagraph(bystander.doc, 'Still here.')
    await waitFor(
      async () => paragraphs(await syncedState(server, documentId)).includes('Still here.'),
      'the bystander to keep editing',
    )
    bystander.destroy()
  })

  it('answers names a sender chose, however long, without ending anything', async () => {
    await setStatus('published')
    const longName = `evil${'x'.repeat(500)}`
    const update = craftUpdate([
      {
        client: 4242,
        clock: 0,
        structs: [{ kind: 'item', parent: { root: longName }, content: { string: 'hi' } }],
      },
    ])
    const { closed } = await sendUpdateAs(server, documentId, 'reviewer', update)
    const { code, reason } = await closed
    expect(code).toBe(CloseCode.updateRefused)
    expect(Buffer.byteLength(reason)).toBeLessThanOrEqual(maxCloseReasonBytes)
    const response = await fetch(`${server.url}/healthz`)
    expect(response.ok).toBe(true)
  })
})

describe('every struct kind is judged', () => {
  it("refuses a reviewer's deleted content written over a section's speaker on published minutes", async () => {
    await setStatus('published')
    const speakerValue = await onServer((doc) => idOf(valueItem(sectionOf(doc, 1), 'speakerId')))
    const update = craftUpdate([
      {
        client: 4242,
        clock: 0,
        structs: [{ kind: 'item', origin: speakerValue, content: { deleted: 1 } }],
      },
    ])
    await expectRefused('reviewer', update, /published/)
    expect(await onServer((doc) => sectionOf(doc, 1).getAttribute('speakerId'))).toBe('p-ada')
  })

  it("refuses a speaker stripping another speaker's section of its speaker with deleted content", async () => {
    await setStatus('circulated')
    const speakerValue = await onServer((doc) => idOf(valueItem(sectionOf(doc, 2), 'speakerId')))
    const update = craftUpdate([
      {
        client: 4242,
        clock: 0,
        structs: [{ kind: 'item', origin: speakerValue, content: { deleted: 1 } }],
      },
    ])
    await expectRefused('speaker:p-ada', update, /outside your section/)
    expect(await onServer((doc) => sectionOf(doc, 2).getAttribute('speakerId'))).toBe('p-bo')
  })

  it('refuses deleted content over the workflow status, a person, or in a new root, from anyone', async () => {
    const statusValue = await onServer((doc) =>
      idOf(valueItem(doc.getMap(WORKFLOW_MAP_NAME), 'status')),
    )
    const overStatus = craftUpdate([
      {
        client: 4242,
        clock: 0,
        structs: [{ kind: 'item', origin: statusValue, content: { deleted: 1 } }],
      },
    ])
    await expectRefused('secretariat', overStatus, /workflow/)

    const newRoot = craftUpdate([
      {
        client: 4243,
        clock: 0,
        structs: [
          { kind: 'item', parent: { root: 'evilroot' }, parentSub: 'k', content: { deleted: 1 } },
        ],
      },
    ])
    await expectRefused('secretariat', newRoot, /evilroot/)
    expect(await onServer((doc) => doc.share.has('evilroot'))).toBe(false)

    await setStatus('circulated')
    const person = await onServer((doc) => idOf(valueItem(doc.getMap('people'), 'p-ada')))
    const overPerson = craftUpdate([
      {
        client: 4244,
        clock: 0,
        structs: [{ kind: 'item', origin: person, content: { deleted: 1 } }],
      },
    ])
    await expectRefused('reviewer', overPerson, /Reviewers/)
  })

  it('refuses content-free fillers from someone who may not write now', async () => {
    await setStatus('published')
    const filler = craftUpdate([{ client: 4242, clock: 0, structs: [{ kind: 'gc', length: 5 }] }])
    await expectRefused('secretariat', filler, /published/)
  })
})

describe('every value is checked by the schema on the way in', () => {
  it('refuses an attribute value outside its kind, from the secretariat too', async () => {
    const hostileStatus = await editOfCopy((doc) => {
      const recommendation = sectionOf(doc, 1).get(1) as Y.XmlElement
      recommendation.setAttribute(
        'status',
        'proposed"><meta http-equiv="refresh" content="1;url=https://evil.example">',
      )
    })
    await expectRefused('secretariat', hostileStatus, /does not fit the minutes/)
  })

  it('refuses a next meeting date that is no date, a script or a number', async () => {
    for (const nextDate of ['2025-02-30', '9 June 2025', '2025-06-09"><script>', 20250609]) {
      const details = await editOfCopy((doc) => {
        const element = new Y.XmlElement('meetingDetails')
        element.setAttribute('nextDate', nextDate as string)
        doc.getXmlFragment(CONTENT_FRAGMENT_NAME).insert(0, [element])
      })
      await expectRefused('secretariat', details, /does not fit the minutes/)
    }
  })

  it('refuses a footnote whose words are no text or too long, and a speaker adding one', async () => {
    for (const words of [42, 'x'.repeat(2001)]) {
      const footnote = await editOfCopy((doc) => {
        const element = new Y.XmlElement('footnote')
        element.setAttribute('text', words as string)
        ;(sectionOf(doc, 1).get(0) as Y.XmlElement).insert(1, [element])
      })
      await expectRefused('secretariat', footnote, /does not fit the minutes/)
    }
    await setStatus('circulated')
    const speakerNote = await editOfCopy((doc) => {
      const element = new Y.XmlElement('footnote')
      element.setAttribute('text', 'My own new material.')
      ;(sectionOf(doc, 1).get(0) as Y.XmlElement).insert(1, [element])
    })
    await expectRefused('speaker:p-ada', speakerNote, /Speakers correct words/)
  })

  it('refuses a person who is not a person, or filed under someone else’s id', async () => {
    const huge = await editOfCopy((doc) =>
      doc.getMap('people').set('p-x', { id: 'p-x', name: 'x'.repeat(20_000) }),
    )
    await expectRefused('secretariat', huge, /does not fit the minutes/)
    const misfiled = await editOfCopy((doc) =>
      doc.getMap('people').set('p-ada', { id: 'p-bo', name: 'Bo Marsh' }),
    )
    await expectRefused('secretariat', misfiled, /filed under their id/)
  })
})

describe('nothing is held pending on the server', () => {
  it('refuses an edit after a gap in its clock, so a later filler cannot release it after approval', async () => {
    await setStatus('circulated')
    const ownText = await onServer((doc) => {
      const text = (sectionOf(doc, 1).get(0) as Y.XmlElement).get(0) as Y.XmlText
      return idOf(text._start)
    })
    const afterGap = craftUpdate([
      {
        client: 4242,
        clock: 5,
        structs: [{ kind: 'item', origin: ownText, content: { string: 'LATE' } }],
      },
    ])
    await expectRefused('speaker:p-ada', afterGap, /does not have/)

    await setStatus('approved')
    const filler = craftUpdate([{ client: 4242, clock: 0, structs: [{ kind: 'gc', length: 5 }] }])
    await expectRefused('speaker:p-ada', filler, /approved/)
    const state = await syncedState(server, documentId)
    expect(state.getXmlFragment(CONTENT_FRAGMENT_NAME).toString()).not.toContain('LATE')
  })

  it('refuses deletions of ids nobody has, and neighbours that name each other', async () => {
    const unknownDeletion = craftUpdate([], [{ client: 999, clock: 0, length: 3 }])
    await expectRefused('secretariat', unknownDeletion, /does not have/)

    const circle = craftUpdate([
      {
        client: 5001,
        clock: 0,
        structs: [{ kind: 'item', origin: [5002, 0], content: { string: 'a' } }],
      },
      {
        client: 5002,
        clock: 0,
        structs: [{ kind: 'item', origin: [5001, 0], content: { string: 'b' } }],
      },
    ])
    await expectRefused('secretariat', circle, /does not have/)
  })
})

describe('stored text is never cut apart', () => {
  // Yjs replaces both halves of a character written as two UTF-16 units with U+FFFD when it
  // splits text between them, and it splits wherever an incoming struct's neighbours point.
  const withEmoji: JSONContent = {
    type: 'doc',
    content: [
      paragraph('Noted \u{1f4dd} here.'),
      speakerSection('p-ada', paragraph('Ada spoke.')),
      speakerSection('p-bo', paragraph('Bo \u{1f600} replied.')),
    ],
  }
  const firstItemOf = (doc: Y.Doc, path: number[]) => {
    let node = doc.getXmlFragment(CONTENT_FRAGMENT_NAME) as Y.XmlFragment | Y.XmlElement
    for (const index of path) node = node.get(index) as Y.XmlElement
    const item = (node as unknown as Y.XmlText)._start
    if (!item) throw new Error('no text')
    return item
  }
  const contentOf = (doc: Y.Doc) => doc.getXmlFragment(CONTENT_FRAGMENT_NAME).toString()

  beforeEach(async () => {
    documentId = await server.createDocument('Emoji', encodeMinutesState(withEmoji, people))
  })

  it('ignores the neighbours a copy of stored edits names, so it cannot split them on the server', async () => {
    const emojiText = await onServer((doc) => idOf(firstItemOf(doc, [0, 0])))
    const [client, clock] = emojiText
    const emojiAt = 'Noted '.length
    // A copy of the text's second half, its left neighbour the emoji's first half: the server
    // has it already, and Yjs would have cut the stored text there just to read it.
    const copy = craftUpdate([
      {
        client,
        clock: clock + emojiAt + 1,
        structs: [{ kind: 'item', origin: [client, clock + emojiAt], content: { string: 'x' } }],
      },
    ])
    const marker = await editOfCopy((doc) => appendParagraph(doc, 'After the copy.'))
    const { socket } = await sendUpdateAs(server, documentId, 'secretariat', copy)
    socket.send(encodeUpdate(marker))
    await waitFor(
      async () => contentOf(await syncedState(server, documentId)).includes('After the copy.'),
      'the edit after the copy',
    )
    expect(socket.readyState).toBe(WebSocket.OPEN)
    socket.close()
    for (const content of [
      await onServer(contentOf),
      contentOf(await syncedState(server, documentId)),
    ]) {
      expect(content).toContain('Noted \u{1f4dd} here.')
      expect(content).not.toContain('\ufffd')
    }
  })

  it("refuses a speaker's text whose right neighbour is in someone else's section", async () => {
    await setStatus('circulated')
    const [own, other] = await onServer((doc) => [
      firstItemOf(doc, [1, 0, 0]),
      firstItemOf(doc, [2, 0, 0]),
    ])
    const emojiAt = 'Bo '.length
    const update = craftUpdate([
      {
        client: 7301,
        clock: 0,
        structs: [
          {
            kind: 'item',
            origin: idOf(own),
            rightOrigin: [other!.id.client, other!.id.clock + emojiAt + 1],
            content: { string: '!' },
          },
        ],
      },
    ])
    await expectRefused('speaker:p-ada', update, /neighbours in two places/)
    const content = contentOf(await syncedState(server, documentId))
    expect(content).toContain('Bo \u{1f600} replied.')
    expect(content).not.toContain('\ufffd')
  })
})

describe('nesting and attribution', () => {
  it('refuses blocks nested deeper than the schema allows, in linear time', async () => {
    await setStatus('circulated')
    const update = await editOfCopy((doc) => {
      let innermost = new Y.XmlElement('paragraph')
      innermost.insert(0, [new Y.XmlText('deep')])
      for (let level = 0; level < 500; level++) {
        const quote = new Y.XmlElement('blockquote')
        quote.insert(0, [innermost])
        innermost = quote
      }
      sectionOf(doc, 1).insert(1, [innermost])
    })
    await expectRefused('speaker:p-ada', update, new RegExp(`more than ${maxBlockDepth} deep`))
  })

  it('lets a speaker correct words but not add or change who said, proposed or owns what', async () => {
    await setStatus('circulated')
    const newRecommendation = await editOfCopy((doc) => {
      const recommendation = new Y.XmlElement('recommendation')
      recommendation.setAttribute('status', 'agreed')
      recommendation.setAttribute('proposerId', 'p-bo')
      const words = new Y.XmlElement('paragraph')
      words.insert(0, [new Y.XmlText('Bo never proposed this.')])
      recommendation.insert(0, [words])
      sectionOf(doc, 1).insert(1, [recommendation])
    })
    await expectRefused('speaker:p-ada', newRecommendation, /Speakers correct words/)

    const agreed = await editOfCopy((doc) => {
      const recommendation = sectionOf(doc, 1).get(1) as Y.XmlElement
      recommendation.setAttribute('status', 'agreed')
    })
    await expectRefused('speaker:p-ada', agreed, /kept by the secretariat/)

    const words = await editOfCopy((doc) => {
      const recommendation = sectionOf(doc, 1).get(1) as Y.XmlElement
      ;((recommendation.get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'Please ')
    })
    const { socket } = await sendUpdateAs(server, documentId, 'speaker:p-ada', words)
    await waitFor(
      async () =>
        (await syncedState(server, documentId))
          .getXmlFragment(CONTENT_FRAGMENT_NAME)
          .toString()
          .includes('Please Train'),
      'the correction inside the recommendation',
    )
    expect(socket.readyState).toBe(WebSocket.OPEN)
    socket.close()
  })
})

describe('agenda items are the secretariat’s', () => {
  const agendaItem = (doc: Y.Doc, number: string, title: string, at: Y.XmlElement | null) => {
    const item = new Y.XmlElement('agendaItem')
    item.setAttribute('number', number)
    item.insert(0, [new Y.XmlText(title)])
    if (at) at.insert(0, [item])
    else doc.getXmlFragment(CONTENT_FRAGMENT_NAME).insert(0, [item])
  }

  it('refuses an agenda item a speaker inserts, in their own section or between sections', async () => {
    await setStatus('circulated')
    const own = await editOfCopy((doc) => agendaItem(doc, '2', 'My item', sectionOf(doc, 1)))
    await expectRefused('speaker:p-ada', own, /"agendaItem" cannot be placed inside/)
    const top = await editOfCopy((doc) => agendaItem(doc, '1', 'Welcome', null))
    await expectRefused('speaker:p-ada', top, /outside your section/)
  })

  it('refuses an item number that is no short label, from the secretariat too', async () => {
    for (const number of ['3"><script>alert(1)</script>', '', '3.', 'x'.repeat(21)]) {
      const update = await editOfCopy((doc) => agendaItem(doc, number, 'Welcome', null))
      await expectRefused('secretariat', update, /does not fit the minutes/)
    }
  })

  it('refuses a reference that is no safe link, or a label that is no short line', async () => {
    const hostile: [string, unknown][] = [
      ['reference', 'javascript:alert(1)'],
      ['reference', 'JaVaScRiPt:alert(1)'],
      ['reference', 'data:text/html,<script>alert(1)</script>'],
      ['reference', '//evil.example/x'],
      ['reference', `https://example.org/${'x'.repeat(5000)}`],
      ['reference', 151],
      ['reference', { href: 'https://example.org' }],
      ['referenceLabel', '#151\n<script>alert(1)</script>'],
      ['referenceLabel', 'x'.repeat(41)],
      ['referenceLabel', ['#151']],
    ]
    for (const [attribute, value] of hostile) {
      const update = await editOfCopy((doc) => {
        agendaItem(doc, '3', 'Release cadence', null)
        const item = doc.getXmlFragment(CONTENT_FRAGMENT_NAME).get(0) as Y.XmlElement
        item.setAttribute(attribute, value as string)
      })
      await expectRefused('secretariat', update, /does not fit the minutes/)
    }
  })

  it('takes the secretariat’s item with a safe reference', async () => {
    const update = await editOfCopy((doc) => {
      agendaItem(doc, '4', 'Release cadence', null)
      const item = doc.getXmlFragment(CONTENT_FRAGMENT_NAME).get(0) as Y.XmlElement
      item.setAttribute('reference', 'https://example.org/issues/151')
      item.setAttribute('referenceLabel', '#151')
    })
    const { socket } = await sendUpdateAs(server, documentId, 'secretariat', update)
    await waitFor(
      async () =>
        (await syncedState(server, documentId))
          .getXmlFragment(CONTENT_FRAGMENT_NAME)
          .toString()
          .includes('reference="https://example.org/issues/151"'),
      'the agenda item with its reference',
    )
    expect(socket.readyState).toBe(WebSocket.OPEN)
    socket.close()
  })

  it('takes the secretariat’s numbered item', async () => {
    const update = await editOfCopy((doc) => agendaItem(doc, '3.1', 'Review of membership', null))
    const { socket } = await sendUpdateAs(server, documentId, 'secretariat', update)
    await waitFor(
      async () =>
        (await syncedState(server, documentId))
          .getXmlFragment(CONTENT_FRAGMENT_NAME)
          .toString()
          .includes('<agendaitem number="3.1">Review of membership</agendaitem>'),
      'the agenda item',
    )
    expect(socket.readyState).toBe(WebSocket.OPEN)
    socket.close()
  })
})

describe('presence is bounded per connection', () => {
  /** One presence message speaking for `entries` fresh client ids from `firstId` on. */
  const awarenessFrame = (entries: number, firstId: number) =>
    clientFrames.awareness(
      Array.from({ length: entries }, (_, index) => ({
        clientId: firstId + index,
        clock: 1,
        state: '{}',
      })),
    )

  it('closes a connection that floods presence, and speaks for a bounded number of ids', async () => {
    const flood = await openAs(server, documentId, 'reviewer')
    flood.socket.send(awarenessFrame(100_000, 10_000))
    expect((await flood.closed).code).toBe(CloseCode.malformedMessage)

    const many = await openAs(server, documentId, 'reviewer')
    many.socket.send(awarenessFrame(500, 200_000))
    const states = async () =>
      onServer(() => server.registry)
        .then(() => server.registry.acquire(documentId))
        .then((lease) => {
          const count = lease.document.awareness.getStates().size
          lease.release()
          return count
        })
    await waitFor(async () => (await states()) > 0, 'the first presence states')
    // A round trip, so that the whole frame has been handled.
    await syncedState(server, documentId)
    expect(await states()).toBeLessThanOrEqual(maxPresenceIdsPerConnection)
    many.socket.close()
  })
})

describe('client ids stay their writer’s', () => {
  it('keeps a client id bound to its person after the document left memory', async () => {
    const writer = new Y.Doc()
    Y.applyUpdate(writer, Y.encodeStateAsUpdate(await copyOfStored()))
    const edit = (text: string, doc = writer) => {
      const before = Y.encodeStateVector(doc)
      appendParagraph(doc, text)
      return Y.encodeStateAsUpdate(doc, before)
    }
    const first = await sendUpdateAs(
      server,
      documentId,
      'secretariat',
      edit('Mine.'),
      'account:clerk',
    )
    await waitFor(
      async () => paragraphs(await copyOfStored()).includes('Mine.'),
      'the first edit to be stored',
    )
    first.socket.close()
    await waitFor(() => !server.registry.has(documentId), 'the document to leave memory')

    const forged = new Y.Doc()
    Y.applyUpdate(forged, Y.encodeStateAsUpdate(writer))
    forged.clientID = writer.clientID
    await expectRefused('secretariat', edit('Not theirs.', forged), /belongs to someone else/)

    const again = await sendUpdateAs(
      server,
      documentId,
      'secretariat',
      edit('Mine again.'),
      'account:clerk',
    )
    await waitFor(
      async () => paragraphs(await copyOfStored()).includes('Mine again.'),
      'the person to write with their own id again',
    )
    again.socket.close()
  })
})

describe('no false alarms', () => {
  it("accepts a reloading browser's whole copy: the server's own writes and colleagues' edits included", async () => {
    const clerk = connectAs(server, documentId, 'secretariat')
    const colleague = connectAs(server, documentId, 'secretariat')
    await Promise.all([clerk.synced, colleague.synced])
    // The server writes the workflow mirror; both browsers keep it in their copies.
    await setStatus('circulated')
    await setStatus('draft')
    appendParagraph(colleague.doc, 'The colleague typed this.')
    await waitFor(
      () => paragraphs(clerk.doc).includes('The colleague typed this.'),
      "the colleague's edit to reach the clerk",
    )
    clerk.provider.disconnect()
    appendParagraph(clerk.doc, 'Typed while offline.')

    // Reloading: the stored copy is sent whole, as a browser whose server state is unknown does.
    const reload = await sendUpdateAs(
      server,
      documentId,
      'secretariat',
      Y.encodeStateAsUpdate(clerk.doc),
    )
    await waitFor(
      async () =>
        paragraphs(await syncedState(server, documentId)).includes('Typed while offline.'),
      'the offline edit to arrive',
    )
    expect(reload.denials).toEqual([])
    expect(reload.socket.readyState).toBe(WebSocket.OPEN)
    reload.socket.close()
    clerk.destroy()
    colleague.destroy()
  })

  it('accepts an offline copy holding the edits of a hundred earlier visits', async () => {
    // Every page load is a new editor id; a browser reopened offline many times brings them all.
    const base = await copyOfStored()
    const visits = Array.from({ length: 100 }, (_, visit) => {
      const tab = new Y.Doc()
      Y.applyUpdate(tab, Y.encodeStateAsUpdate(base))
      const before = Y.encodeStateVector(tab)
      appendParagraph(tab, `Visit ${visit}.`)
      return Y.encodeStateAsUpdate(tab, before)
    })
    const { socket, denials } = await sendUpdateAs(
      server,
      documentId,
      'secretariat',
      Y.mergeUpdates(visits),
    )
    await waitFor(
      async () => paragraphs(await syncedState(server, documentId)).includes('Visit 99.'),
      'every visit to arrive',
    )
    expect(denials).toEqual([])
    expect(socket.readyState).toBe(WebSocket.OPEN)
    socket.close()
  })

  it('holds what a returning client types before it answered the server, until its catch-up', async () => {
    const clerk = await copyOfStored()
    const storedState = Y.encodeStateVector(clerk)
    appendParagraph(clerk, 'While away.')
    const beforeTyping = Y.encodeStateVector(clerk)
    appendParagraph(clerk, 'Just back.')
    // A stock client sends its step 1 on connecting, each keystroke as it comes, and what it
    // has that the server lacks only once the server's step 1 reaches it: here after the
    // keystroke, which builds on edits the server does not have yet.
    const { socket, closed, denials } = await openAs(server, documentId, 'secretariat')
    socket.send(encodeSyncStep1(clerk))
    socket.send(encodeUpdate(Y.encodeStateAsUpdate(clerk, beforeTyping)))
    socket.send(encodeSyncStep2(clerk, storedState))
    await waitFor(
      async () => paragraphs(await syncedState(server, documentId)).includes('Just back.'),
      'the keystroke after the catch-up',
    )
    expect(paragraphs(await syncedState(server, documentId))).toEqual(
      expect.arrayContaining(['While away.', 'Just back.']),
    )
    expect(denials).toEqual([])
    expect(socket.readyState).toBe(WebSocket.OPEN)
    socket.close()
    await closed
  })

  it('judges what it held for a catch-up once released: a reviewer is refused as before', async () => {
    await expectNothingStored(async () => {
      const copy = await copyOfStored()
      const storedState = Y.encodeStateVector(copy)
      const { socket, closed, denials } = await openAs(server, documentId, 'reviewer')
      socket.send(encodeSyncStep1(copy))
      appendParagraph(copy, 'A reviewer rewrites the minutes.')
      socket.send(encodeUpdate(Y.encodeStateAsUpdate(copy, storedState)))
      // An empty catch-up: the held edit is all there is, and it must still be judged.
      socket.send(encodeSyncStep2(copy, Y.encodeStateVector(copy)))
      expect((await closed).code).toBe(CloseCode.updateRefused)
      expect(denials[0]).toMatch(/Reviewers comment/)
    })
  })

  it('closes a connection that says its state, then only sends changes, without storing them', async () => {
    await expectNothingStored(async () => {
      const copy = await copyOfStored()
      const { socket, closed } = await openAs(server, documentId, 'secretariat')
      socket.send(encodeSyncStep1(copy))
      for (let index = 0; index <= maxUpdatesBeforeCatchUp; index++) {
        const beforeEdit = Y.encodeStateVector(copy)
        appendParagraph(copy, `Unanswered ${index}.`)
        socket.send(encodeUpdate(Y.encodeStateAsUpdate(copy, beforeEdit)))
      }
      expect((await closed).code).toBe(CloseCode.policyViolation)
    })
  })

  it(
    'closes a connection that holds back its catch-up, after the wait, without storing a thing',
    async () => {
      await expectNothingStored(async () => {
        const copy = await copyOfStored()
        const storedState = Y.encodeStateVector(copy)
        const { socket, closed } = await openAs(server, documentId, 'secretariat')
        socket.send(encodeSyncStep1(copy))
        appendParagraph(copy, 'Never answered.')
        socket.send(encodeUpdate(Y.encodeStateAsUpdate(copy, storedState)))
        const openedAt = Date.now()
        const { code, reason } = await closed
        expect(code).toBe(CloseCode.policyViolation)
        expect(reason).toBe('The client did not answer the server in time.')
        // Not before the wait: a client on a slow network is given the time to answer.
        expect(Date.now() - openedAt).toBeGreaterThanOrEqual(maxMsBeforeCatchUp - 50)
      })
    },
    maxMsBeforeCatchUp + 15_000,
  )

  it('lets a stock client that lost its connection come back without being refused', async () => {
    const clerk = connectClient(server.wsUrl, documentId, { params: { as: 'secretariat' } })
    await clerk.synced
    await setStatus('circulated')
    clerk.provider.disconnect()
    appendParagraph(clerk.doc, 'While away.')
    await setStatus('draft')
    let refused = false
    clerk.provider.on('connection-close', (event: CloseEvent | null) => {
      if (event?.code === CloseCode.updateRefused) refused = true
    })
    clerk.provider.connect()
    await waitFor(
      async () => paragraphs(await syncedState(server, documentId)).includes('While away.'),
      'the edit made while away',
    )
    expect(refused).toBe(false)
    clerk.destroy()
  })
})
