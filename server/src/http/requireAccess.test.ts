import { Hono } from 'hono'
import { beforeEach, describe, expect, it } from 'vitest'
import { Authenticator } from '../auth/Authenticator'
import { createInvitation, type InvitationInput } from '../auth/createInvitation'
import { MemoryAuthStore } from '../auth/MemoryAuthStore'
import { silentLogger } from '../logger'
import { MemoryDocumentStore } from '../persistence/MemoryDocumentStore'
import { answerErrors } from './answerErrors'
import { type AuthEnv, requireAccess, requireAccount } from './requireAccess'

const adminToken = 'admin-token-for-tests-0123456789abcdef'
let store: MemoryAuthStore
let app: Hono<AuthEnv>

beforeEach(async () => {
  store = new MemoryAuthStore()
  const documents = new MemoryDocumentStore()
  await documents.createDocument({ id: 'doc-1', title: 'Committee' })
  const authenticator = new Authenticator({ store, adminToken, logger: silentLogger })
  app = new Hono<AuthEnv>().onError(answerErrors(silentLogger))
  app.get(
    '/api/docs/:id/manage',
    requireAccess(authenticator, { toManage: true, documents }),
    (c) => c.json({ name: c.get('principal').name, access: c.get('access') }),
  )
  app.get('/api/docs/:id/anything', requireAccess(authenticator), (c) => c.json(c.get('access')))
  app.get('/api/docs', requireAccount(authenticator), (c) => c.json(c.get('principal').kind))
})

async function bearerFor(documentId: string, input: InvitationInput) {
  const context = { documentId, createdBy: 'admin', publicUrl: 'http://x', now: new Date() }
  const { token } = await createInvitation(store, context, input)
  return { authorization: `Bearer ${token}` }
}
const admin = { authorization: `Bearer ${adminToken}` }

describe('requireAccess', () => {
  it('lets through those who run the document, with their access on the context', async () => {
    const clerk = await bearerFor('doc-1', { role: 'secretariat', name: 'Sam' })
    const response = await app.request('/api/docs/doc-1/manage', { headers: clerk })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ name: 'Sam', access: { role: 'secretariat' } })
  })

  it('answers 401 to nobody, 403 without the right to manage or without the document', async () => {
    const anonymous = await app.request('/api/docs/doc-1/manage')
    expect(anonymous.status).toBe(401)
    for (const invitation of [
      { role: 'speaker', speakerId: 'p-1' },
      { role: 'reviewer' },
    ] satisfies InvitationInput[]) {
      const headers = await bearerFor('doc-1', invitation)
      const wrongRole = await app.request('/api/docs/doc-1/manage', { headers })
      expect(wrongRole.status).toBe(403)
      expect(await wrongRole.json()).toEqual({ error: 'Only the secretariat can do this.' })
    }
    const elsewhere = await bearerFor('doc-9', { role: 'secretariat' })
    const otherDocument = await app.request('/api/docs/doc-1/manage', { headers: elsewhere })
    expect(otherDocument.status).toBe(403)
    expect(await otherDocument.json()).toEqual({ error: 'You have no access to this document.' })
  })

  it('answers 404 for a missing document only to those who could see it', async () => {
    const missing = await app.request('/api/docs/doc-404/manage', { headers: admin })
    expect(missing.status).toBe(404)
    const elsewhere = await bearerFor('doc-1', { role: 'reviewer' })
    const hidden = await app.request('/api/docs/doc-404/manage', { headers: elsewhere })
    expect(hidden.status).toBe(403)
  })

  it('lets any role through when none is named', async () => {
    const speaker = await bearerFor('doc-1', { role: 'speaker', speakerId: 'p-1' })
    const response = await app.request('/api/docs/doc-1/anything', { headers: speaker })
    expect(await response.json()).toEqual({ role: 'speaker', speakerId: 'p-1' })
  })
})

describe('requireAccount', () => {
  it('lets through accounts and admin, not the holders of links', async () => {
    expect(await (await app.request('/api/docs', { headers: admin })).json()).toBe('admin')
    expect((await app.request('/api/docs')).status).toBe(401)
    const secretariatLink = await bearerFor('doc-1', { role: 'secretariat' })
    const byLink = await app.request('/api/docs', { headers: secretariatLink })
    expect(byLink.status).toBe(403)
    expect(await byLink.json()).toEqual({ error: 'Only secretariat accounts can do this.' })
  })
})
