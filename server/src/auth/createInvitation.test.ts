import { beforeEach, describe, expect, it } from 'vitest'
import { createInvitation } from './createInvitation'
import { hashToken } from './createToken'
import { MemoryAuthStore } from './MemoryAuthStore'

let store: MemoryAuthStore
beforeEach(() => {
  store = new MemoryAuthStore()
})

const now = new Date('2030-01-01T12:00:00.000Z')
const context = { documentId: 'doc-1', createdBy: 'acc-1', publicUrl: 'https://minutes.test', now }

describe('createInvitation', () => {
  it('stores only the hash of a new token and gives the link once', async () => {
    const { invitation, token, url } = await createInvitation(store, context, {
      role: 'speaker',
      speakerId: 'p-7',
      name: 'Dr Jo Hart',
      expiresInDays: 3,
    })
    expect(url).toBe(`https://minutes.test/invite/${token}`)
    expect(invitation).toMatchObject({
      documentId: 'doc-1',
      role: 'speaker',
      speakerId: 'p-7',
      name: 'Dr Jo Hart',
      createdBy: 'acc-1',
      tokenHash: hashToken(token),
      expiresAt: '2030-01-04T12:00:00.000Z',
    })
    expect(JSON.stringify(await store.listInvitations('doc-1'))).not.toContain(token)
  })

  it('lasts 14 days unless told otherwise, and leaves out an absent name', async () => {
    const { invitation } = await createInvitation(store, context, { role: 'reviewer' })
    expect(invitation.expiresAt).toBe('2030-01-15T12:00:00.000Z')
    expect(invitation.name).toBeUndefined()
    expect(invitation.speakerId).toBeUndefined()
  })
})
