import type { WorkflowStatus } from '@minutes/permissions'
import type { ClientIdBinding } from '../persistence/DocumentStore'

/** What one process tells the others about a document, always after it is stored. */
export type DocumentEvent =
  | { kind: 'update'; update: Uint8Array; clientIds: ClientIdBinding[] }
  /** Presence of one person's connection: the ids it speaks for are theirs on every process. */
  | { kind: 'awareness'; update: Uint8Array; clientIds: number[]; principalId: string | null }
  | { kind: 'status'; status: WorkflowStatus }
  /** "I may have stored things you never heard of": read the document from the store again. */
  | { kind: 'resync' }
  /** "I just opened this document": publish the presence of your connections to it. */
  | { kind: 'presence-query' }

/** A credential ended on one process: its connections end on every process. */
export type CredentialEvent = { kind: 'invitation-revoked' | 'signed-out'; id: string }

/** How a document held by this process hears from, and speaks to, the other processes. */
export interface DocumentChannel {
  /** Starts delivering what others publish (from before the document was read from the store). */
  start(receive: DocumentReceiver): void
  /** Fire and forget: a publication lost to an outage is made good by a resync once it is back. */
  publish(event: DocumentEvent): void
  close(): void
}

export interface DocumentReceiver {
  receive(event: DocumentEvent): void
  /** The stream may have missed something (an outage): read the store again. */
  catchUp(): void
}

/**
 * Fan-out between server processes sharing one store. Without one, a process is alone and
 * nothing changes.
 */
export interface Fanout {
  /**
   * Opens a document's channel; called before the document is read from the store, so that
   * nothing stored after that read is missed.
   */
  open(documentId: string): Promise<DocumentChannel>
  /** Publishes to a document's channel whether or not this process holds the document. */
  publish(documentId: string, event: DocumentEvent): void
  publishCredential(event: CredentialEvent): void
  onCredential(listener: (event: CredentialEvent) => void): () => void
  isReachable(): Promise<boolean>
  close(): Promise<void>
}
