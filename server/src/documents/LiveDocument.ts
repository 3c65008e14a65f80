import type { WorkflowStatus } from '@minutes/permissions'
import { WORKFLOW_MAP_NAME } from '@minutes/schema'
import { Awareness } from 'y-protocols/awareness'
import * as Y from 'yjs'
import type { DocumentMeta, DocumentStore } from '../persistence/DocumentStore'

export type UpdateListener = (update: Uint8Array, origin: unknown) => void

/** Judges an update against the document as it is just before applying it: a reason to refuse, or undefined. */
export type UpdateJudge = (doc: Y.Doc) => string | undefined

interface Submission {
  /** A client's update, or a change the server makes itself. */
  change: { update: Uint8Array; judge: UpdateJudge | undefined } | ((doc: Y.Doc) => void)
  origin: unknown
  resolve: () => void
  reject: (error: unknown) => void
}

/** A connection that writes with some Yjs client ids. */
export interface ClientOwner {
  /** Who is behind the connection; connections of the same person may hand ids over. */
  readonly principalId: string | undefined
  /** Ends this connection because a newer one of the same person took over its ids. */
  supersede(): void
}

/** Origin of changes the server makes itself (the workflow mirror). */
export const serverOrigin = Symbol('server')

/** Yjs could not apply the update: its bytes are broken. */
export class MalformedUpdateError extends Error {
  override name = 'MalformedUpdateError'
}

/** A well-formed update that was not allowed: nothing of it was applied, stored or sent. */
export class UpdateRefusedError extends Error {
  override name = 'UpdateRefusedError'
}

export class DocumentSaveError extends Error {
  override name = 'DocumentSaveError'
}

export interface LiveDocumentOptions {
  compactAfterUpdates: number
  /** Called once when the document can no longer be trusted (a save failed) and must be dropped. */
  onBroken: (document: LiveDocument, error: unknown) => void
  onCompactionFailed: (document: LiveDocument, error: unknown) => void
}

/**
 * A document held in memory while clients use it. Every change passes through one queue:
 * applied, written to the store, and only then announced to listeners, so nothing anyone
 * has been sent can be lost by a crash.
 */
export class LiveDocument {
  readonly doc: Y.Doc
  readonly awareness: Awareness
  private readonly listeners = new Set<UpdateListener>()
  private readonly closeListeners = new Set<(reason: string) => void>()
  private pending: Submission[] = []
  /** The flush in progress (or the last one); never rejects. */
  private flushing: Promise<void> = Promise.resolve()
  /** The flush waiting for the current I/O phase to end, if any. */
  private nextFlush: Promise<void> | undefined
  private loggedUpdates: number
  private destroyed = false
  /**
   * Who writes with each Yjs client id: the person, and their connection while it is open.
   * Nobody may write with another person's id, even after that person has left.
   */
  private readonly clientOwners = new Map<
    number,
    { principalId: string | undefined; connection?: ClientOwner }
  >()

  private constructor(
    readonly id: string,
    private workflowStatus: WorkflowStatus,
    doc: Y.Doc,
    loggedUpdates: number,
    private readonly store: DocumentStore,
    private readonly options: LiveDocumentOptions,
  ) {
    this.doc = doc
    this.loggedUpdates = loggedUpdates
    this.awareness = new Awareness(doc)
    // The server is not a participant: it must not appear in anyone's presence list.
    this.awareness.setLocalState(null)
  }

  /** Loads the whole log; throws rather than ever presenting a failed load as an empty document. */
  static async load(
    meta: DocumentMeta,
    store: DocumentStore,
    options: LiveDocumentOptions,
  ): Promise<LiveDocument> {
    const { id } = meta
    const updates = await store.loadUpdates(id)
    // History stays in the document (no garbage collection) so versions can be restored later.
    const doc = new Y.Doc({ gc: false })
    try {
      doc.transact(() => {
        for (const update of updates) Y.applyUpdate(doc, update)
      })
    } catch (error) {
      doc.destroy()
      throw new Error(`The stored state of document "${id}" could not be read.`, { cause: error })
    }
    const document = new LiveDocument(id, meta.status, doc, updates.length, store, options)
    // A status set while the document was not in memory reaches the mirror now.
    void document.mirrorStatus().catch(() => undefined)
    return document
  }

  /**
   * Queues a client's update; resolves once it is stored and announced. `judge` runs just
   * before the update would be applied, against exactly the state it would apply to.
   */
  submitUpdate(update: Uint8Array, origin: unknown, judge?: UpdateJudge): Promise<void> {
    return this.enqueue({ update, judge }, origin)
  }

  /** Makes a change of the server's own through the same queue: stored before it is sent. */
  applyServerChange(change: (doc: Y.Doc) => void): Promise<void> {
    return this.enqueue(change, serverOrigin)
  }

  private enqueue(change: Submission['change'], origin: unknown): Promise<void> {
    if (this.destroyed) return Promise.reject(new DocumentSaveError('The document was closed.'))
    return new Promise((resolve, reject) => {
      this.pending.push({ change, origin, resolve, reject })
      this.scheduleFlush()
    })
  }

  /**
   * Binds Yjs client ids to the connection writing with them, refusing ids another person
   * has used, so nobody can pre-empt someone else's clocks. A person's new
   * connection takes their ids from an old one the server has not yet seen drop (a browser
   * that lost its network reconnects first), and the old one is ended. Presence claims ids
   * through claimPresence instead.
   */
  claimClients(clientIds: Iterable<number>, owner: ClientOwner): boolean {
    const ids = [...clientIds]
    const stale = new Set<ClientOwner>()
    for (const id of ids) {
      const current = this.clientOwners.get(id)
      if (!current || current.connection === owner) continue
      if (current.principalId === undefined || current.principalId !== owner.principalId)
        return false
      if (current.connection) stale.add(current.connection)
    }
    for (const id of ids)
      this.clientOwners.set(id, { principalId: owner.principalId, connection: owner })
    for (const connection of stale) connection.supersede()
    return true
  }

  /**
   * Whether a connection may announce presence for `clientId`, claiming it if it is new or its
   * person's own from before (a reconnect). y-websocket clients echo every presence they know
   * back to the server, so an id held by another open connection is never taken this way, and
   * an echoed "left" claims nothing.
   */
  claimPresence(clientId: number, owner: ClientOwner, isLeaving: boolean): boolean {
    const current = this.clientOwners.get(clientId)
    if (current?.connection === owner) return true
    if (isLeaving) return false
    if (current) {
      const isOwnFromBefore =
        current.connection === undefined &&
        current.principalId !== undefined &&
        current.principalId === owner.principalId
      if (!isOwnFromBefore) return false
    }
    this.clientOwners.set(clientId, { principalId: owner.principalId, connection: owner })
    return true
  }

  /** The open connection writing with `clientId` now, if any. */
  ownerOf(clientId: number): ClientOwner | undefined {
    return this.clientOwners.get(clientId)?.connection
  }

  /** The connection closed: its ids stay its person's. */
  releaseClients(owner: ClientOwner): void {
    for (const current of this.clientOwners.values()) {
      if (current.connection === owner) delete current.connection
    }
  }

  /** Resolves when everything submitted so far is stored: state may be shown to clients then. */
  whenDurable(): Promise<void> {
    return this.nextFlush ?? this.flushing
  }

  /** The workflow status every incoming update is judged under. */
  get status(): WorkflowStatus {
    return this.workflowStatus
  }

  /** Judges updates under `status` from now on, and shows it to every client through the doc. */
  setStatus(status: WorkflowStatus): Promise<void> {
    this.workflowStatus = status
    return this.mirrorStatus()
  }

  private mirrorStatus(): Promise<void> {
    if (this.doc.getMap(WORKFLOW_MAP_NAME).get('status') === this.workflowStatus) {
      return Promise.resolve()
    }
    return this.applyServerChange((doc) =>
      doc.getMap(WORKFLOW_MAP_NAME).set('status', this.workflowStatus),
    )
  }

  onUpdate(listener: UpdateListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  onClose(listener: (reason: string) => void): () => void {
    this.closeListeners.add(listener)
    return () => this.closeListeners.delete(listener)
  }

  get isDestroyed(): boolean {
    return this.destroyed
  }

  /** Frees the document; callers wait for `whenDurable` first unless the document is broken. */
  destroy(reason: string): void {
    if (this.destroyed) return
    this.destroyed = true
    for (const submission of this.pending.splice(0)) {
      submission.reject(new DocumentSaveError(reason))
    }
    for (const listener of this.closeListeners) listener(reason)
    this.closeListeners.clear()
    this.listeners.clear()
    this.awareness.destroy()
    this.doc.destroy()
  }

  private scheduleFlush(): void {
    if (this.nextFlush) return
    // Waiting for the current I/O phase groups updates that arrive together into one transaction.
    this.nextFlush = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      this.nextFlush = undefined
      this.flushing = this.flushing
        .then(() => this.flush())
        .catch((error: unknown) => this.options.onBroken(this, error))
      return this.flushing
    })
  }

  private async flush(): Promise<void> {
    const batch = this.pending.splice(0)
    if (batch.length === 0 || this.destroyed) return
    const applied: { update: Uint8Array; origin: unknown }[] = []
    const accepted: Submission[] = []
    // What is stored is what Yjs emitted after integrating, never the raw bytes a client sent.
    const record = (update: Uint8Array, origin: unknown) => applied.push({ update, origin })
    this.doc.on('update', record)
    try {
      for (const submission of batch) {
        const { change } = submission
        if (typeof change === 'function') {
          this.doc.transact(() => change(this.doc), submission.origin)
          accepted.push(submission)
          continue
        }
        const refusal = change.judge?.(this.doc)
        if (refusal !== undefined) {
          submission.reject(new UpdateRefusedError(refusal))
          continue
        }
        try {
          Y.applyUpdate(this.doc, change.update, submission.origin)
          accepted.push(submission)
        } catch (error) {
          submission.reject(
            new MalformedUpdateError('The update could not be applied.', { cause: error }),
          )
        }
      }
    } finally {
      this.doc.off('update', record)
    }

    try {
      await this.store.appendUpdates(
        this.id,
        applied.map(({ update }) => update),
      )
    } catch (error) {
      const failure = new DocumentSaveError('The change could not be saved.', { cause: error })
      for (const submission of accepted) submission.reject(failure)
      // Memory now holds what the store does not: drop it and let clients resend from their copy.
      this.options.onBroken(this, error)
      return
    }

    for (const { update, origin } of applied) {
      for (const listener of this.listeners) listener(update, origin)
    }
    for (const submission of accepted) submission.resolve()

    this.loggedUpdates += applied.length
    if (this.loggedUpdates >= this.options.compactAfterUpdates) {
      try {
        this.loggedUpdates = await this.store.compactUpdates(this.id, Y.mergeUpdates)
      } catch (error) {
        // The log is intact without compaction; it is tried again after the next updates.
        this.options.onCompactionFailed(this, error)
      }
    }
  }
}
