import {
  canSetStatus,
  type DocumentAccess,
  isLocked,
  type WorkflowStatus,
} from '@minutes/permissions'
import type { DocumentRegistry } from '../documents/DocumentRegistry'
import {
  type DocumentMeta,
  DocumentNotFoundError,
  type DocumentStore,
} from '../persistence/DocumentStore'
import { StatusChangeRefusedError } from './StatusChangeRefusedError'

export interface StatusChange {
  id: string
  status: WorkflowStatus
  access: DocumentAccess
  /** Recorded as who approved or published the minutes. */
  by: string
}

/**
 * Moves the minutes through their workflow as `@minutes/permissions` allows, mirrors the status
 * into the live document, and records who approved or published them, and when.
 */
export async function changeStatus(
  registry: DocumentRegistry,
  store: DocumentStore,
  { id, status, access, by }: StatusChange,
): Promise<DocumentMeta> {
  const current = await registry.statusOf(id)
  if (!current) throw new DocumentNotFoundError(id)
  const verdict = canSetStatus(access, current, status)
  if (!verdict.allowed) throw new StatusChangeRefusedError(verdict.reason)
  const moved = await registry.setStatus(id, status)
  const updated = moved && isLocked(status) ? await store.signOff(id, status, by) : moved
  if (!updated) throw new DocumentNotFoundError(id)
  return updated
}
