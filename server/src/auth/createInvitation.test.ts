import { beforeEach, describe, expect, it } from 'vitest'
import { createInvitation, InvitationInputError } from './createInvitation'
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
      speakerId: ' p-7 ',
      name: ' Dr Jo Hart ',
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

  it('lasts 14 days unless told otherwise, and leaves out an empty name', async () => {
    const { invitation } = await createInvitation(store, context, { role: 'reviewer', name: ' ' })
    expect(invitation.expiresAt).toBe('2030-01-15T12:00:00.000Z')
    expect(invitation.name).toBeUndefined()
    expect(invitation.speakerId).toBeUndefined()
  })

  it.each([
    [{}, 'Choose the role of the invitation: secretariat, reviewer, speaker.'],
    [{ role: 'chair' }, 'Choose the role of the invitation: secretariat, reviewer, speaker.'],
    [
      { role: 'speaker' },
      'A speaker invitation needs the id of the person in the register (speakerId).',
    ],
    [
      { role: 'speaker', speakerId: 7 },
      'A speaker invitation needs the id of the person in the register (speakerId).',
    ],
    [
      { role: 'reviewer', speakerId: 'p-1' },
      'Only a speaker invitation names a person (speakerId).',
    ],
    [
      { role: 'reviewer', expiresInDays: 0 },
      'An invitation lasts a whole number of days from 1 to 90 (expiresInDays).',
    ],
    [
      { role: 'reviewer', expiresInDays: 91 },
      'An invitation lasts a whole number of days from 1 to 90 (expiresInDays).',
    ],
    [
      { role: 'reviewer', expiresInDays: 1.5 },
      'An invitation lasts a whole number of days from 1 to 90 (expiresInDays).',
    ],
    [
      { role: 'reviewer', expiresInDays: '3' },
      'An invitation lasts a whole number of days from 1 to 90 (expiresInDays).',
    ],
    [{ role: 'reviewer', name: 42 }, 'The name must be text.'],
  ])('refuses %o with a message that says what to do', async (input, message) => {
    await expect(createInvitation(store, context, input)).rejects.toThrow(
      new InvitationInputError(message),
    )
    expect(await store.listInvitations('doc-1')).toEqual([])
  })
})
