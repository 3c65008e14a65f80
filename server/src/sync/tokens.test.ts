import { CloseCode } from '@minutes/protocol'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { createInvitation } from '../auth/createInvitation'
import { appendParagraph, connectClient, paragraphs, waitFor } from '../testing/connectClient'
import { startTestServer, type TestServer } from '../testing/startTestServer'

let server: TestServer
let documentId: string
let otherDocumentId: string

beforeEach(async () => {
  server = await startTestServer()
  documentId = await server.createDocument('Mine')
  otherDocumentId = await server.createDocument('Not mine')
})
afterEach(async () => {
  await server.close()
})

const invite = (document: string, now = new Date(), expiresInDays = 14) =>
  createInvitation(
    server.authStore,
    { documentId: document, createdBy: 'test', publicUrl: 'http://localhost', now },
    { role: 'secretariat', name: 'Invited', expiresInDays },
  )

/** How the server answers a socket opened with `query` and `headers`. */
function closeOf(path: string, headers: Record<string, string> = {}) {
  const socket = new WebSocket(`${server.wsUrl}/${path}`, { headers })
  return new Promise<{ code: number } | { status: number }>((resolve) => {
    socket.on('close', (code) => resolve({ code }))
    socket.on('unexpected-response', (_request, response) =>
      resolve({ status: response.statusCode ?? 0 }),
    )
    socket.on('error', () => undefined)
  })
}

describe('tokens on the sync socket', () => {
  it('lets an unmodified y-websocket provider sync with the admin token as ?token=', async () => {
    const a = connectClient(server.wsUrl, documentId, { params: { token: server.adminToken } })
    const b = connectClient(server.wsUrl, documentId, { params: { token: server.adminToken } })
    await Promise.all([a.synced, b.synced])
    appendParagraph(a.doc, 'through the query token')
    await waitFor(() => paragraphs(b.doc).length === 1, 'the edit to arrive')
    a.destroy()
    b.destroy()
  })

  it('refuses forged, expired, revoked and other-document tokens with 4401', async () => {
    expect(await closeOf(`${documentId}?token=forged-${'x'.repeat(40)}`)).toEqual({
      code: CloseCode.unauthorized,
    })
    const expired = await invite(documentId, new Date(Date.now() - 3 * 86_400_000), 1)
    expect(await closeOf(`${documentId}?token=${expired.token}`)).toEqual({
      code: CloseCode.unauthorized,
    })

    const elsewhere = await invite(otherDocumentId)
    expect(await closeOf(`${documentId}?token=${elsewhere.token}`)).toEqual({
      code: CloseCode.unauthorized,
    })

    const revoked = await invite(documentId)
    const response = await fetch(
      `${server.url}/api/docs/${documentId}/invites/${revoked.invitation.id}`,
      {
        method: 'DELETE',
        headers: { authorization: `Bearer ${server.adminToken}` },
      },
    )
    expect(response.status).toBe(204)
    expect(await closeOf(`${documentId}?token=${revoked.token}`)).toEqual({
      code: CloseCode.unauthorized,
    })
  })

  it('closes a live connection the moment its invitation is revoked', async () => {
    const { token, invitation } = await invite(documentId)
    const client = connectClient(server.wsUrl, documentId, { params: { token } })
    await client.synced
    const closed = new Promise<number>((resolve) =>
      client.provider.once('connection-close', (event) => resolve(event?.code ?? 0)),
    )
    await fetch(`${server.url}/api/docs/${documentId}/invites/${invitation.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${server.adminToken}` },
    })
    expect(await closed).toBe(CloseCode.unauthorized)
    client.destroy()
  })

  it('refuses an upgrade from a page of another site before it becomes a socket', async () => {
    expect(
      await closeOf(`${documentId}?token=${server.adminToken}`, { origin: 'https://evil.example' }),
    ).toEqual({ status: 403 })
  })
})
