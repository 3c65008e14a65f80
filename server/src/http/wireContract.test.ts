import {
  ActionsRegister,
  AuditTrail,
  CreatedDocument,
  CreatedInvitation,
  CreatedSeries,
  CreatedVersion,
  DocumentSummary,
  ErrorBody,
  ImportedDocument,
  ImportPreview,
  Invitation,
  MeResponse,
  RecommendationsRegister,
  SeriesList,
  SeriesPeople,
  SeriesView,
  SignedIn,
  VersionChanges,
  VersionContent,
  VersionList,
} from '@minutes/protocol'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { registerAccount } from '../auth/registerAccount'
import { createTestApp, type TestApp } from '../testing/createTestApp'

let test: TestApp
beforeEach(() => {
  test = createTestApp()
})
afterEach(() => test.close())

/** The answer's JSON, parsed with the strict schema the client relies on. */
async function answer<Schema extends z.ZodType>(
  response: Response | Promise<Response>,
  status: number,
  schema: Schema,
) {
  const received = await response
  expect(received.status).toBe(status)
  return schema.parse(await received.json())
}

const asAdmin = (path: string, init: RequestInit = {}) =>
  test.app.request(path, {
    ...init,
    headers: { authorization: `Bearer ${test.adminToken}`, 'content-type': 'application/json' },
  })
const postJson = (path: string, body: unknown) =>
  asAdmin(path, { method: 'POST', body: JSON.stringify(body) })

// Strict schemas: a field the protocol does not declare (a token, an account id) fails here.
describe('the API answers with what @minutes/protocol declares', () => {
  it('for documents and their workflow', async () => {
    const { id } = await answer(postJson('/api/docs', { title: 'Board' }), 201, CreatedDocument)
    await answer(asAdmin('/api/docs'), 200, z.array(DocumentSummary))
    await answer(asAdmin(`/api/docs/${id}`), 200, DocumentSummary)
    const patch = { method: 'PATCH', body: JSON.stringify({ title: 'Board, 3 March' }) }
    await answer(asAdmin(`/api/docs/${id}`, patch), 200, DocumentSummary)
    for (const status of ['circulated', 'approved', 'published']) {
      const moved = await answer(
        postJson(`/api/docs/${id}/status`, { status }),
        200,
        DocumentSummary,
      )
      expect(moved.status).toBe(status)
    }
    await answer(asAdmin('/api/docs/nothing-here'), 404, ErrorBody)
  })

  it('for series and their meetings', async () => {
    const { id } = await answer(postJson('/api/series', { title: 'Inquiry' }), 201, CreatedSeries)
    const created = await answer(
      postJson('/api/docs', { title: 'First session', seriesId: id }),
      201,
      CreatedDocument,
    )
    const patch = { method: 'PATCH', body: JSON.stringify({ seriesId: id }) }
    const moved = await answer(asAdmin(`/api/docs/${created.id}`, patch), 200, DocumentSummary)
    expect(moved.seriesId).toBe(id)
    const { series } = await answer(asAdmin('/api/series'), 200, SeriesList)
    expect(series.map((entry) => entry.meetings)).toEqual([1])
    const view = await answer(asAdmin(`/api/series/${id}`), 200, SeriesView)
    expect(view.meetings.map((meeting) => meeting.id)).toEqual([created.id])
    const register = await answer(
      asAdmin(`/api/series/${id}/recommendations?format=json`),
      200,
      RecommendationsRegister,
    )
    expect(register).toMatchObject({ seriesId: id, title: 'Inquiry', recommendations: [] })
    await answer(asAdmin(`/api/series/${id}/recommendations?format=xml`), 400, ErrorBody)
    await answer(asAdmin(`/api/series/${id}/actions?status=open`), 200, ActionsRegister)
    await answer(asAdmin(`/api/series/${id}/people`), 200, SeriesPeople)
    await answer(asAdmin(`/api/series/${id}/people/nobody`), 404, ErrorBody)
    await answer(
      postJson('/api/docs', { title: 'Next', seriesId: id, carryOpenActions: true }),
      201,
      CreatedDocument,
    )
    await answer(asAdmin('/api/series/nothing-here'), 404, ErrorBody)
    await answer(postJson('/api/series', { title: '' }), 400, ErrorBody)
  })

  it('for invitations', async () => {
    const { id } = await test.store.createDocument({ id: 'doc-1', title: 'Committee' })
    const invites = `/api/docs/${id}/invites`
    const created = await answer(postJson(invites, { role: 'reviewer' }), 201, CreatedInvitation)
    expect(created.url).toContain(created.token)
    const listed = await answer(asAdmin(invites), 200, z.array(Invitation))
    expect(listed.map((invitation) => invitation.id)).toEqual([created.id])
    await answer(postJson(invites, { role: 'chair' }), 400, ErrorBody)
  })

  it('for versions and the audit trail', async () => {
    const { id } = await answer(postJson('/api/docs', { title: 'Board' }), 201, CreatedDocument)
    const versions = `/api/docs/${id}/versions`
    const named = await answer(postJson(versions, { name: 'First' }), 201, CreatedVersion)
    const { versions: listed } = await answer(asAdmin(versions), 200, VersionList)
    expect(listed.map((version) => version.id)).toContain(named.id)
    await answer(asAdmin(`${versions}/${named.id}`), 200, VersionContent)
    await answer(asAdmin(`${versions}/${named.id}/compare/current`), 200, VersionChanges)
    await answer(postJson(`${versions}/${named.id}/restore`, {}), 201, CreatedVersion)
    await answer(asAdmin(`/api/docs/${id}/audit`), 200, AuditTrail)
    await answer(asAdmin(`${versions}/nothing/compare/current`), 404, ErrorBody)
  })

  it('for signing in and asking who is signed in', async () => {
    const credentials = { email: 'ana@example.org', password: 'a long passphrase' }
    await registerAccount(test.authStore, { name: 'Ana', ...credentials })
    const signIn = test.app.request('/api/auth/sign-in', {
      method: 'POST',
      body: JSON.stringify(credentials),
      headers: { 'content-type': 'application/json' },
    })
    await answer(signIn, 200, SignedIn)
    await answer(asAdmin('/api/auth/me'), 200, MeResponse)
    const { access } = await answer(asAdmin('/api/auth/me?documentId=doc-1'), 200, MeResponse)
    expect(access).toEqual({ role: 'secretariat' })
  })

  it('for imports', async () => {
    const file = 'Community Libraries APPG\n\nMeeting held on 14 October 2025\n\nSome words.'
    const upload = (query: string) =>
      test.app.request(`/api/docs/import${query}`, {
        method: 'POST',
        body: file,
        headers: { authorization: `Bearer ${test.adminToken}`, 'content-type': 'text/plain' },
      })
    await answer(upload('?preview=true&filename=minutes.txt'), 200, ImportPreview)
    const imported = await answer(upload('?title=Board'), 201, ImportedDocument)
    expect(imported.title).toBe('Board')
    await answer(upload(`?title=${'x'.repeat(201)}`), 400, ErrorBody)
  })
})
