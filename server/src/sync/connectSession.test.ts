import { CloseCode } from '@minutes/protocol'
import { describe, expect, it } from 'vitest'
import { LiveConnections } from '../auth/LiveConnections'
import { DocumentRegistry } from '../documents/DocumentRegistry'
import { silentLogger } from '../logger'
import { MemoryDocumentStore } from '../persistence/MemoryDocumentStore'
import { waitFor } from '../testing/connectClient'
import { connectSession } from './connectSession'
import { createMinutesSchemaRules, minutesRoots } from './inspection/minutesSchemaRules'
import type { ConnectionGrant } from './SyncSession'

const reviewer: ConnectionGrant = {
  access: { role: 'reviewer' },
  principalId: 'invitation-1',
  invitationId: 'invitation-1',
}

/** One connection to document "d", with what the transport and the credentials see of it. */
async function open(grant: Promise<ConnectionGrant | undefined>) {
  const store = new MemoryDocumentStore()
  await store.createDocument({ id: 'd', title: 'D' })
  const registry = new DocumentRegistry(store, {
    unloadDelayMs: 0,
    compactAfterUpdates: 1_000,
    logger: silentLogger,
  })
  const live = new LiveConnections()
  const seen = {
    isAuthorized: false,
    sent: 0,
    close: undefined as { code: number; reason: string } | undefined,
  }
  const connection = connectSession(
    {
      socket: {
        send: () => {
          seen.sent++
        },
        close: (code, reason) => {
          seen.close ??= { code, reason }
        },
      },
      documentId: 'd',
      authorize: () => grant,
      authorized: () => {
        seen.isAuthorized = true
      },
      track: (tracked, credentials) => live.add(tracked, credentials),
    },
    {
      registry,
      logger: silentLogger,
      schemaRules: createMinutesSchemaRules(),
      roots: minutesRoots,
    },
  )
  return { connection, live, registry, seen }
}

describe('connectSession', () => {
  it('tracks an authorised connection by its invitation until it closes', async () => {
    const { connection, live, seen } = await open(Promise.resolve(reviewer))
    await waitFor(() => seen.sent > 0, 'the first sync message')
    expect(seen.isAuthorized).toBe(true)
    expect(live.size).toBe(1)
    connection.closed()
    expect(live.size).toBe(0)
  })

  it('ends the connection with 4401 the moment its invitation is withdrawn', async () => {
    const { live, seen } = await open(Promise.resolve(reviewer))
    await waitFor(() => seen.sent > 0, 'the first sync message')
    live.endInvitation('invitation-1', 'Your invitation was withdrawn.')
    expect(seen.close).toEqual({
      code: CloseCode.unauthorized,
      reason: 'Your invitation was withdrawn.',
    })
    expect(live.size).toBe(0)
  })

  it('ends at once a connection whose credentials expired while it was authorised', async () => {
    const { seen } = await open(Promise.resolve({ ...reviewer, expiresAt: Date.now() - 1 }))
    await waitFor(() => seen.close !== undefined, 'the connection to end')
    expect(seen.close?.code).toBe(CloseCode.unauthorized)
    expect(seen.close?.reason).toMatch(/expired/)
  })

  it('never tracks a connection that closed while it was being authorised, nor keeps its document', async () => {
    let grant: (value: ConnectionGrant) => void = () => {}
    const pending = new Promise<ConnectionGrant | undefined>((resolve) => {
      grant = resolve
    })
    const { connection, live, registry, seen } = await open(pending)
    connection.closed()
    grant(reviewer)
    await waitFor(() => registry.size === 0 && !registry.has('d'), 'the document to unload')
    expect(live.size).toBe(0)
    expect(seen.isAuthorized).toBe(false)
    expect(seen.sent).toBe(0)
  })

  it('refuses a connection without a grant, and tracks nothing for it', async () => {
    const { live, registry, seen } = await open(Promise.resolve(undefined))
    await waitFor(() => seen.close !== undefined, 'the refusal')
    expect(seen.close?.code).toBe(CloseCode.unauthorized)
    expect(seen.isAuthorized).toBe(false)
    expect(live.size).toBe(0)
    expect(registry.size).toBe(0)
  })
})
