import { describe, expect, it } from 'vitest'
import type { ClientIdBinding } from '../persistence/DocumentStore'
import { ClientIdOwnership, type ClientOwner, serverPrincipal } from './ClientIdOwnership'

/** A connection of `principalId` that records whether a newer one superseded it. */
function connectionOf(principalId: string | undefined) {
  const connection: ClientOwner & { superseded: boolean } = {
    principalId,
    superseded: false,
    supersede() {
      connection.superseded = true
    },
  }
  return connection
}

/** Ownership over a document that already holds edits with `usedIds`. */
function ownership(saved: ClientIdBinding[] = [], usedIds: number[] = []) {
  const used = new Set(usedIds)
  return new ClientIdOwnership(saved, (clientId) => used.has(clientId))
}

describe('ClientIdOwnership', () => {
  it('binds new ids to the connection and hands each binding to the store once', () => {
    const ids = ownership()
    const ada = connectionOf('ada')
    expect(ids.claimClients([1, 2], ada)).toBe(true)
    expect(ids.ownerOf(1)).toBe(ada)
    expect(ids.takeUnsaved()).toEqual([
      { clientId: 1, principalId: 'ada' },
      { clientId: 2, principalId: 'ada' },
    ])
    expect(ids.claimClients([1], ada)).toBe(true)
    expect(ids.takeUnsaved()).toEqual([])
  })

  it("refuses another person's id, while they are connected and after they leave", () => {
    const ids = ownership()
    const ada = connectionOf('ada')
    const mallory = connectionOf('mallory')
    ids.claimClients([1], ada)
    expect(ids.claimClients([1], mallory)).toBe(false)
    expect(ids.claimPresence(1, mallory, false)).toBe(false)
    ids.release(ada)
    expect(ids.ownerOf(1)).toBeUndefined()
    expect(ids.claimClients([1], mallory)).toBe(false)
    expect(ids.claimPresence(1, mallory, false)).toBe(false)
  })

  it('binds nothing of a claim that fails on any one id', () => {
    const ids = ownership()
    ids.claimClients([1], connectionOf('ada'))
    ids.takeUnsaved()
    const mallory = connectionOf('mallory')
    expect(ids.claimClients([2, 1], mallory)).toBe(false)
    expect(ids.ownerOf(2)).toBeUndefined()
    expect(ids.takeUnsaved()).toEqual([])
  })

  it('keeps bindings the store kept across a restart, and ids used without a known writer', () => {
    const ids = ownership(
      [
        { clientId: 1, principalId: 'ada' },
        { clientId: 2, principalId: null },
      ],
      [1, 2, 3],
    )
    const mallory = connectionOf('mallory')
    expect(ids.claimClients([1], mallory)).toBe(false)
    // Nobody's: not even a connection without a principal may take them.
    expect(ids.claimClients([2], connectionOf(undefined))).toBe(false)
    expect(ids.claimClients([3], mallory)).toBe(false)
    expect(ids.claimPresence(3, mallory, false)).toBe(false)
    // Ada, back after the restart, writes with her own id again.
    expect(ids.claimClients([1], connectionOf('ada'))).toBe(true)
  })

  it("hands a person's ids to their new connection and ends the old one", () => {
    const ids = ownership()
    const before = connectionOf('ada')
    const after = connectionOf('ada')
    ids.claimClients([1], before)
    expect(ids.claimClients([1], after)).toBe(true)
    expect(before.superseded).toBe(true)
    expect(ids.ownerOf(1)).toBe(after)
    // Anonymous connections never hand over: nothing says they are the same person.
    const anonymous = connectionOf(undefined)
    ids.claimClients([2], anonymous)
    expect(ids.claimClients([2], connectionOf(undefined))).toBe(false)
    expect(anonymous.superseded).toBe(false)
  })

  it('lets presence take only new ids or its own from before, and claims nothing for one leaving', () => {
    const ids = ownership()
    const ada = connectionOf('ada')
    const adaOtherTab = connectionOf('ada')
    expect(ids.claimPresence(7, ada, true)).toBe(false)
    expect(ids.ownerOf(7)).toBeUndefined()
    expect(ids.claimPresence(7, ada, false)).toBe(true)
    // An echo of a presence another open connection holds takes nothing, even the same person's.
    expect(ids.claimPresence(7, adaOtherTab, false)).toBe(false)
    expect(ada.superseded).toBe(false)
    ids.release(ada)
    expect(ids.claimPresence(7, adaOtherTab, false)).toBe(true)
    expect(ids.ownerOf(7)).toBe(adaOtherTab)
  })

  it("keeps the server's own id from every client", () => {
    const ids = ownership()
    ids.claimForServer(99)
    ids.claimForServer(99)
    expect(ids.takeUnsaved()).toEqual([{ clientId: 99, principalId: serverPrincipal }])
    expect(ids.claimClients([99], connectionOf('ada'))).toBe(false)
    expect(ids.claimPresence(99, connectionOf('ada'), false)).toBe(false)
    // Not even a principal spelt like the server's takes it: the server has no connection.
    expect(ids.claimClients([99], connectionOf(serverPrincipal))).toBe(false)
    expect(ids.claimPresence(99, connectionOf(serverPrincipal), false)).toBe(false)
  })

  it("keeps ids another process's person wrote or spoke with theirs, saving presence-only ones on first write", () => {
    const ids = ownership()
    ids.adopt([{ clientId: 1, principalId: 'ada' }])
    ids.adopt([{ clientId: 2, principalId: 'ada' }], { isPresenceOnly: true })
    const mallory = connectionOf('mallory')
    expect(ids.claimClients([1], mallory)).toBe(false)
    expect(ids.claimPresence(2, mallory, false)).toBe(false)
    // Ada moved to this process: her ids are hers, and the presence-only one is now stored.
    const ada = connectionOf('ada')
    expect(ids.claimClients([1, 2], ada)).toBe(true)
    expect(ids.takeUnsaved()).toEqual([{ clientId: 2, principalId: 'ada' }])
  })
})
