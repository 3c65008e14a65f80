import { describe, expect, it } from 'vitest'
import { DocumentRegistry } from '../documents/DocumentRegistry'
import { silentLogger } from '../logger'
import { DocumentNotFoundError } from '../persistence/DocumentStore'
import { MemoryDocumentStore } from '../persistence/MemoryDocumentStore'
import { changeStatus, type StatusChange } from './changeStatus'
import { StatusChangeRefusedError } from './StatusChangeRefusedError'

const secretariat = { role: 'secretariat' } as const

async function setUp() {
  const store = new MemoryDocumentStore()
  const registry = new DocumentRegistry(store, {
    unloadDelayMs: 0,
    compactAfterUpdates: 100,
    logger: silentLogger,
  })
  await store.createDocument({ id: 'doc-1', title: 'Committee' })
  return { store, registry }
}

describe('changeStatus', () => {
  it('moves the minutes and records who approved them', async () => {
    const { store, registry } = await setUp()
    const move = (status: 'circulated' | 'approved') =>
      changeStatus(registry, store, { id: 'doc-1', status, access: secretariat, by: 'Ana' })
    expect((await move('circulated')).status).toBe('circulated')
    expect(await move('approved')).toMatchObject({ status: 'approved', approvedBy: 'Ana' })
  })

  it('refuses what the rules refuse, and minutes that are not there, changing nothing', async () => {
    const { store, registry } = await setUp()
    const asReviewer: StatusChange = {
      id: 'doc-1',
      status: 'approved',
      access: { role: 'reviewer' },
      by: 'Bo',
    }
    await expect(changeStatus(registry, store, asReviewer)).rejects.toThrow(
      StatusChangeRefusedError,
    )
    const missing = { id: 'doc-2', status: 'circulated', access: secretariat, by: 'Ana' } as const
    await expect(changeStatus(registry, store, missing)).rejects.toThrow(DocumentNotFoundError)
    expect(await store.getDocument('doc-1')).toMatchObject({ status: 'draft', approvedBy: null })
  })
})
