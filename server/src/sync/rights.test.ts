import { CloseCode } from '@minutes/protocol'
import { CONTENT_FRAGMENT_NAME } from '@minutes/schema'
import { paragraph } from '@minutes/schema/testing/paragraph'
import { speakerSection } from '@minutes/schema/testing/speakerSection'
import type { JSONContent } from '@tiptap/core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import * as Y from 'yjs'
import { encodeMinutesState } from '../documents/encodeMinutesState'
import { connectClient, type TestClient, waitFor } from '../testing/connectClient'
import { accessFromQuery, sendUpdateAs } from '../testing/sendUpdateAs'
import { startTestServer, type TestServer } from '../testing/startTestServer'

const minutes: JSONContent = {
  type: 'doc',
  content: [
    paragraph('Opening remarks.'),
    speakerSection('p-ada', paragraph('Ada spoke first.')),
    speakerSection('p-bo', paragraph('Bo replied.')),
  ],
}
const people = [
  { id: 'p-ada', name: 'Ada Lovell' },
  { id: 'p-bo', name: 'Bo Marsh' },
]

let server: TestServer
let documentId: string
let watcher: TestClient

beforeEach(async () => {
  server = await startTestServer({}, undefined, accessFromQuery)
  documentId = await server.createDocument('Rights', encodeMinutesState(minutes, people))
  await server.registry.setStatus(documentId, 'circulated')
  watcher = connectClient(`${server.wsUrl}`, documentId)
  ;(watcher.provider as unknown as { params: Record<string, string> }).params = {
    as: 'secretariat',
  }
  watcher.provider.disconnect()
  watcher.provider.connect()
  await watcher.synced
})
afterEach(async () => {
  watcher.destroy()
  await server.close()
})

/** A client's copy of the stored document, to craft updates against. */
async function copyOfStored(): Promise<Y.Doc> {
  const doc = new Y.Doc()
  for (const update of await server.store.loadUpdates(documentId)) Y.applyUpdate(doc, update)
  return doc
}

/** Sends `change`'s effect on a fresh copy as one update, as `as`; reports what came back. */
async function send(as: string, change: (doc: Y.Doc) => void) {
  const doc = await copyOfStored()
  const before = Y.encodeStateVector(doc)
  change(doc)
  return sendUpdateAs(server, documentId, as, Y.encodeStateAsUpdate(doc, before))
}

const section = (doc: Y.Doc, index: number) =>
  doc.getXmlFragment(CONTENT_FRAGMENT_NAME).get(index) as Y.XmlElement
const textOf = (doc: Y.Doc, index: number) =>
  (section(doc, index).get(0) as Y.XmlElement).get(0) as Y.XmlText

/** Expects the update to be refused with `reason`, and nothing of it stored or broadcast. */
async function expectRefused(as: string, change: (doc: Y.Doc) => void, reason: string | RegExp) {
  const storedBefore = await server.store.loadUpdates(documentId)
  const watcherBefore = Y.encodeStateAsUpdate(watcher.doc)
  const { closed, denials } = await send(as, change)
  const { code, reason: closeReason } = await closed
  expect(code).toBe(CloseCode.updateRefused)
  expect(closeReason).toMatch(reason)
  expect(denials).toEqual([closeReason])
  expect(await server.store.loadUpdates(documentId)).toEqual(storedBefore)
  // A round trip through the server: had anything been broadcast, it would be here by now.
  const probe = connectClient(server.wsUrl, documentId, { params: { as: 'secretariat' } })
  await probe.synced
  probe.destroy()
  expect(Y.encodeStateAsUpdate(watcher.doc)).toEqual(watcherBefore)
}

const outside = 'This change is outside your section and was not saved.'

describe('rights enforced on every update over the websocket', () => {
  it("stores and broadcasts a speaker's correction inside their own section", async () => {
    const { socket } = await send('speaker:p-ada', (doc) => textOf(doc, 1).insert(4, 'ably '))
    await waitFor(
      () => watcher.doc.getXmlFragment(CONTENT_FRAGMENT_NAME).toString().includes('Ada ably spoke'),
      'the correction to reach the secretariat',
    )
    const stored = await copyOfStored()
    expect(textOf(stored, 1).toString()).toBe('Ada ably spoke first.')
    // Accepted, not refused: the speaker's connection is still open after the broadcast.
    expect(socket.readyState).toBe(WebSocket.OPEN)
  })

  it("refuses text inside another speaker's section", async () => {
    await expectRefused('speaker:p-ada', (doc) => textOf(doc, 2).insert(0, 'Sadly, '), outside)
  })

  it("refuses formatting in another speaker's section", async () => {
    await expectRefused(
      'speaker:p-ada',
      (doc) => textOf(doc, 2).format(0, 2, { bold: {} }),
      outside,
    )
  })

  it("refuses changing one's own section's speaker", async () => {
    await expectRefused(
      'speaker:p-ada',
      (doc) => section(doc, 1).setAttribute('speakerId', 'p-bo'),
      'The speaker and settings of your section are kept by the secretariat.',
    )
  })

  it("refuses deleting one's own section, and splitting a new one out of it", async () => {
    await expectRefused(
      'speaker:p-ada',
      (doc) => doc.getXmlFragment(CONTENT_FRAGMENT_NAME).delete(1, 1),
      outside,
    )
    await expectRefused(
      'speaker:p-ada',
      (doc) => {
        const split = new Y.XmlElement('speakerSection')
        split.setAttribute('speakerId', 'p-ada')
        const body = new Y.XmlElement('paragraph')
        body.insert(0, [new Y.XmlText('first.')])
        split.insert(0, [body])
        doc.getXmlFragment(CONTENT_FRAGMENT_NAME).insert(2, [split])
      },
      outside,
    )
  })

  it('refuses a new top-level block, and a deletion spanning two sections', async () => {
    await expectRefused(
      'speaker:p-ada',
      (doc) => doc.getXmlFragment(CONTENT_FRAGMENT_NAME).insert(3, [new Y.XmlElement('paragraph')]),
      outside,
    )
    await expectRefused(
      'speaker:p-ada',
      (doc) =>
        doc.transact(() => {
          textOf(doc, 1).delete(4, 5)
          textOf(doc, 2).delete(0, 3)
        }),
      outside,
    )
  })

  it('refuses a new root type, even from the secretariat', async () => {
    await expectRefused('secretariat', (doc) => doc.getMap('backdoor').set('x', 1), /backdoor/)
  })

  it("refuses a reviewer's text edit", async () => {
    await expectRefused(
      'reviewer',
      (doc) => textOf(doc, 1).insert(0, 'Reviewed: '),
      'Reviewers comment on the minutes; they do not change the text.',
    )
  })

  it('refuses any edit after approval, whoever makes it', async () => {
    await server.registry.setStatus(documentId, 'approved')
    await waitFor(
      () => watcher.doc.getMap('workflow').get('status') === 'approved',
      'the new status to reach the secretariat',
    )
    await expectRefused(
      'secretariat',
      (doc) => section(doc, 0).insert(0, [new Y.XmlText('Late')]),
      /approved/,
    )
    await expectRefused('speaker:p-ada', (doc) => textOf(doc, 1).insert(0, 'Late: '), /approved/)
  })

  it('shows the authenticated name, whatever name a client claims', async () => {
    const speaker = connectClient(server.wsUrl, documentId, { params: { as: 'speaker:p-ada' } })
    await speaker.synced
    speaker.provider.awareness.setLocalStateField('user', { name: 'The Chair', color: '#000000' })
    const clientId = speaker.doc.clientID
    await waitFor(
      () =>
        watcher.provider.awareness.getStates().get(clientId)?.user?.name === 'Test speaker:p-ada',
      'the speaker to appear under the name the server knows',
    )
    expect(watcher.provider.awareness.getStates().get(clientId)?.user).toEqual({
      name: 'Test speaker:p-ada',
      color: '#0b5cad',
    })
    speaker.destroy()
  })

  it('shows every client the workflow status, which only the server writes', async () => {
    expect(watcher.doc.getMap('workflow').get('status')).toBe('circulated')
    await expectRefused(
      'secretariat',
      (doc) => doc.getMap('workflow').set('status', 'published'),
      /workflow/,
    )
  })

  it('refuses connections it cannot authorise with 4401', async () => {
    const socket = new WebSocket(`${server.wsUrl}/${documentId}?as=nobody`)
    const { code } = await new Promise<{ code: number }>((resolve) =>
      socket.on('close', (closeCode) => resolve({ code: closeCode })),
    )
    expect(code).toBe(CloseCode.unauthorized)
  })
})
