import {
  type DocumentAccess,
  isRole,
  isWorkflowStatus,
  type WorkflowStatus,
} from '@minutes/permissions'
import type { Principal } from '@minutes/protocol'

const principalKey = 'minutes.principal'
const accessKey = (documentId: string) => `minutes.access.${documentId}`
const documentKey = (documentId: string) => `minutes.document.${documentId}`
const commenterKey = (documentId: string) => `minutes.commenter.${documentId}`

/** What the top bar shows of a document, kept to open it offline. */
export interface RememberedDocument {
  title: string
  status: WorkflowStatus
}

/**
 * What this browser last knew of who uses it, kept in localStorage. Once a session has ended
 * the server says only "not signed in": the remembered kind decides between the sign-in page and
 * "your invitation has ended", and the remembered access and title let minutes open from the local
 * copy while the server cannot be reached. It grants nothing: the server checks every request.
 */
export const rememberedAuth = {
  principal(storage: Storage = window.localStorage): Principal | null {
    const value = read(storage, principalKey)
    if (typeof value !== 'object' || value === null) return null
    const { name, color, kind, documentId } = value as Record<string, unknown>
    if (typeof name !== 'string' || typeof color !== 'string') return null
    if (kind !== 'account' && kind !== 'admin' && kind !== 'invitation') return null
    return { name, color, kind, ...(typeof documentId === 'string' && { documentId }) }
  },

  access(documentId: string, storage: Storage = window.localStorage): DocumentAccess | null {
    const value = read(storage, accessKey(documentId))
    if (typeof value !== 'object' || value === null) return null
    const { role, speakerId } = value as Record<string, unknown>
    if (!isRole(role)) return null
    return { role, ...(typeof speakerId === 'string' && { speakerId }) }
  },

  /** The id this person's comments carry in the document, so they can comment offline too. */
  commenterId(documentId: string, storage: Storage = window.localStorage): string | null {
    const value = read(storage, commenterKey(documentId))
    return typeof value === 'string' ? value : null
  },

  document(documentId: string, storage: Storage = window.localStorage): RememberedDocument | null {
    const value = read(storage, documentKey(documentId))
    if (typeof value !== 'object' || value === null) return null
    const { title, status } = value as Record<string, unknown>
    if (typeof title !== 'string' || !isWorkflowStatus(status)) return null
    return { title, status }
  },

  rememberDocument(
    documentId: string,
    document: RememberedDocument,
    storage: Storage = window.localStorage,
  ): void {
    write(storage, documentKey(documentId), { title: document.title, status: document.status })
  },

  remember(
    principal: Principal,
    access?: { documentId: string; access: DocumentAccess | null; commenterId?: string | null },
    storage: Storage = window.localStorage,
  ): void {
    write(storage, principalKey, principal)
    if (!access) return
    write(storage, accessKey(access.documentId), access.access)
    write(storage, commenterKey(access.documentId), access.commenterId ?? null)
  },

  /** After signing out: the next person at this computer is not taken for the last one. */
  forget(storage: Storage = window.localStorage): void {
    try {
      for (const key of Object.keys(storage)) {
        // Unsaved work a refusal left (`keptRefusal`) belongs to the person leaving too.
        const isRemembered =
          key === principalKey ||
          key.startsWith(accessKey('')) ||
          key.startsWith(documentKey('')) ||
          key.startsWith(commenterKey('')) ||
          key.startsWith('minutes.unsaved.')
        if (isRemembered) storage.removeItem(key)
      }
    } catch {
      // Blocked storage holds nothing to forget.
    }
  },
}

function read(storage: Storage, key: string): unknown {
  try {
    return JSON.parse(storage.getItem(key) ?? 'null')
  } catch {
    return null
  }
}

function write(storage: Storage, key: string, value: unknown): void {
  try {
    storage.setItem(key, JSON.stringify(value))
  } catch {
    // Full or blocked storage: this visit still works, only the memory is lost.
  }
}
