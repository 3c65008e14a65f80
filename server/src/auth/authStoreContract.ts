import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type AuthStore, EmailTakenError, type NewInvitation, SetupRefusedError } from './AuthStore'

export interface OpenedAuthStore {
  store: AuthStore
  close(): Promise<void>
}

const hour = 3_600_000
const at = (offsetMs: number) => new Date(Date.parse('2030-01-01T12:00:00.000Z') + offsetMs)
const account = (email: string) => ({ name: 'Ana Lopez', email, passwordHash: '$argon2id$x' })
const invitation = (documentId: string, tokenHash: string): NewInvitation => ({
  documentId,
  role: 'reviewer',
  tokenHash,
  createdBy: 'admin',
  expiresAt: at(hour).toISOString(),
})

/** One suite every AuthStore must pass, so implementations stay interchangeable. */
export function describeAuthStore(name: string, openStore: () => Promise<OpenedAuthStore>) {
  describe(`${name} (AuthStore contract)`, () => {
    let opened: OpenedAuthStore
    let store: AuthStore
    beforeEach(async () => {
      opened = await openStore()
      store = opened.store
    })
    afterEach(async () => {
      await opened.close()
    })

    it('creates accounts and finds them by id and by email, whatever its case', async () => {
      expect(await store.countAccounts()).toBe(0)
      const created = await store.createAccount(account('  Ana.Lopez@Example.ORG '))
      expect(created).toMatchObject({ name: 'Ana Lopez', email: 'ana.lopez@example.org' })
      expect(created.id).not.toBe('')
      expect(await store.countAccounts()).toBe(1)
      expect(await store.getAccount(created.id)).toEqual(created)
      expect(await store.findAccountByEmail('ANA.LOPEZ@example.org')).toEqual(created)
      expect(await store.findAccountByEmail('someone@example.org')).toBeUndefined()
      expect(await store.getAccount('missing')).toBeUndefined()
    })

    it('refuses a second account with the same email in another case', async () => {
      await store.createAccount(account('ana@example.org'))
      await expect(store.createAccount(account('ANA@example.org'))).rejects.toThrow(EmailTakenError)
      expect(await store.countAccounts()).toBe(1)
    })

    it('creates the first account only with an unexpired setup token, and only once', async () => {
      await store.createSetupToken({ tokenHash: 'old', expiresAt: at(-1).toISOString() })
      await store.createSetupToken({ tokenHash: 'good', expiresAt: at(hour).toISOString() })
      await expect(
        store.createFirstAccount(account('a@example.org'), 'unknown', at(0)),
      ).rejects.toMatchObject({ reason: 'invalid-token' })
      await expect(
        store.createFirstAccount(account('a@example.org'), 'old', at(0)),
      ).rejects.toMatchObject({ reason: 'invalid-token' })
      expect(await store.countAccounts()).toBe(0)

      const first = await store.createFirstAccount(account('a@example.org'), 'good', at(0))
      expect(first.email).toBe('a@example.org')
      const again = store.createFirstAccount(account('b@example.org'), 'good', at(0))
      await expect(again).rejects.toThrow(SetupRefusedError)
      await expect(again).rejects.toMatchObject({ reason: 'account-exists' })
      expect(await store.countAccounts()).toBe(1)
    })

    it('voids every setup token once any account exists', async () => {
      await store.createSetupToken({ tokenHash: 'token', expiresAt: at(hour).toISOString() })
      await store.createAccount(account('cli@example.org'))
      await expect(
        store.createFirstAccount(account('late@example.org'), 'token', at(0)),
      ).rejects.toThrow(SetupRefusedError)
    })

    it('keeps sessions of accounts and of invitations, and deletes them', async () => {
      const ana = await store.createAccount(account('ana@example.org'))
      const invited = await store.createInvitation(invitation('doc-1', 'invite-hash'))
      await store.createSession({
        tokenHash: 's1',
        accountId: ana.id,
        expiresAt: at(hour).toISOString(),
      })
      await store.createSession({
        tokenHash: 's2',
        invitationId: invited.id,
        expiresAt: at(hour).toISOString(),
      })
      expect(await store.findSession('s1')).toEqual({
        tokenHash: 's1',
        accountId: ana.id,
        expiresAt: at(hour).toISOString(),
      })
      expect(await store.findSession('s2')).toEqual({
        tokenHash: 's2',
        invitationId: invited.id,
        expiresAt: at(hour).toISOString(),
      })
      await store.deleteSession('s1')
      expect(await store.findSession('s1')).toBeUndefined()
      expect(await store.findSession('missing')).toBeUndefined()
    })

    it('deletes the sessions that have expired, and only those', async () => {
      const ana = await store.createAccount(account('ana@example.org'))
      await store.createSession({
        tokenHash: 'past',
        accountId: ana.id,
        expiresAt: at(-1).toISOString(),
      })
      await store.createSession({
        tokenHash: 'now',
        accountId: ana.id,
        expiresAt: at(0).toISOString(),
      })
      await store.createSession({
        tokenHash: 'later',
        accountId: ana.id,
        expiresAt: at(1).toISOString(),
      })
      expect(await store.deleteExpiredSessions(at(0))).toBe(2)
      expect(await store.findSession('later')).toBeDefined()
      expect(await store.findSession('now')).toBeUndefined()
    })

    it('creates invitations and finds them by id and by token hash', async () => {
      const created = await store.createInvitation({
        ...invitation('doc-1', 'hash-1'),
        role: 'speaker',
        speakerId: 'p-7',
        name: 'Dr Jo Hart',
      })
      expect(created).toMatchObject({
        documentId: 'doc-1',
        role: 'speaker',
        speakerId: 'p-7',
        name: 'Dr Jo Hart',
        tokenHash: 'hash-1',
        createdBy: 'admin',
      })
      expect(created.revokedAt).toBeUndefined()
      expect(await store.getInvitation(created.id)).toEqual(created)
      expect(await store.findInvitationByTokenHash('hash-1')).toEqual(created)
      expect(await store.findInvitationByTokenHash('hash-2')).toBeUndefined()

      const plain = await store.createInvitation(invitation('doc-1', 'hash-2'))
      expect(await store.getInvitation(plain.id)).toEqual(plain)
      expect('speakerId' in plain || 'name' in plain).toBe(false)
    })

    it("lists one document's invitations, newest first", async () => {
      const first = await store.createInvitation(invitation('doc-1', 'a'))
      await store.createInvitation(invitation('doc-2', 'b'))
      const second = await store.createInvitation(invitation('doc-1', 'c'))
      expect((await store.listInvitations('doc-1')).map(({ id }) => id)).toEqual([
        second.id,
        first.id,
      ])
      expect(await store.listInvitations('doc-3')).toEqual([])
    })

    it('revokes an invitation once, ending its sessions and no others', async () => {
      const ana = await store.createAccount(account('ana@example.org'))
      const revoked = await store.createInvitation(invitation('doc-1', 'a'))
      const kept = await store.createInvitation(invitation('doc-1', 'b'))
      await store.createSession({
        tokenHash: 's1',
        invitationId: revoked.id,
        expiresAt: at(hour).toISOString(),
      })
      await store.createSession({
        tokenHash: 's2',
        invitationId: kept.id,
        expiresAt: at(hour).toISOString(),
      })
      await store.createSession({
        tokenHash: 's3',
        accountId: ana.id,
        expiresAt: at(hour).toISOString(),
      })

      expect(await store.revokeInvitation(revoked.id, at(0))).toMatchObject({
        id: revoked.id,
        revokedAt: at(0).toISOString(),
      })
      expect(await store.revokeInvitation(revoked.id, at(5))).toMatchObject({
        revokedAt: at(0).toISOString(),
      })
      expect(await store.getInvitation(revoked.id)).toMatchObject({
        revokedAt: at(0).toISOString(),
      })
      expect(await store.findSession('s1')).toBeUndefined()
      expect(await store.findSession('s2')).toBeDefined()
      expect(await store.findSession('s3')).toBeDefined()
      expect(await store.revokeInvitation('missing', at(0))).toBeUndefined()
    })
  })
}
