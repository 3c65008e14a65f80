import type { WorkflowStatus } from '@minutes/permissions'
import { CONTENT_FRAGMENT_NAME, PEOPLE_MAP_NAME } from '@minutes/schema'
import { Awareness } from 'y-protocols/awareness'
import * as Y from 'yjs'
import type {
  ClientIdBinding,
  DocumentMeta,
  DocumentStore,
  MergeUpdates,
} from '../persistence/DocumentStore'
import { type AppliedChange, Broadcast } from './Broadcast'
import { ClientIdOwnership } from './ClientIdOwnership'
import { EditLog } from './history/EditLog'
import { WorkflowMirror } from './WorkflowMirror'

/** Hears what each flush made durable, once per flush. */
export type UpdateListener = (broadcast: Broadcast) => void

/** Judges an update against the document as it is just before applying it: a reason to refuse, or undefined. */
export type UpdateJudge = (doc: Y.Doc) => string | undefined

/** Given the stored rows a document is about to be built from; never throws. */
export type BeforeBuild = (rows: readonly Uint8Array[]) => Promise<void>

interface Submission {
  /**
   * A client's update, a change the server makes itself, an update another process stored
   * already, or a new read of the store.
   */
  change:
    | { update: Uint8Array; judge: UpdateJudge | undefined }
    | ((doc: Y.Doc) => void)
    | { remote: Uint8Array }
    | 'catch-up'
  origin: unknown
  resolve: () => void
  reject: (error: unknown) => void
}

export type { ClientOwner } from './ClientIdOwnership'

/** Origin of changes the server makes itself (the workflow mirror). */
export const serverOrigin = Symbol('server')

/** Origin of what another server process stored and published: applied, never stored again. */
export const remoteOrigin = Symbol('remote')

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
  /** How the log is merged when compacted (in a worker thread in the server); Yjs' own if absent. */
  mergeUpdates?: MergeUpdates
  /** Called once when the document can no longer be trusted (a save failed) and must be dropped. */
  onBroken: (document: LiveDocument, error: unknown) => void
  onCompactionFailed: (document: LiveDocument, error: unknown) => void
  onListenerFailed: (document: LiveDocument, error: unknown) => void
  /** Told what this process stored, once stored: for the other processes (merged, with bindings). */
  onStored?: (update: Uint8Array, clientIds: ClientIdBinding[]) => void
  /**
   * With other processes writing the same document, a client's update may depend on edits that
   * reached the store through another process but not yet this one: read the store again before
   * refusing it.
   */
  catchUpBeforeRefusing?: boolean
  onCatchUpFailed?: (document: LiveDocument, error: unknown) => void
}

const incompleteUpdate =
  'This change was not applied in full: it depends on edits the server does not have.'
/** Why a client's change queued after one of its changes was refused is not applied either. */
export const afterRefusal = 'This change came after one that was refused, and was not applied.'

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
  /** Bytes stored since the last compaction, and the size of the state it merged. */
  private loggedBytes: number
  private mergedBytes: number
  /** The compaction under way, if any: one at a time. */
  private compacting: Promise<void> | undefined
  private destroyed = false
  private changes = 0
  /** Who writes with each Yjs client id; kept with the updates, so it survives restarts. */
  readonly clientIds: ClientIdOwnership
  /** The workflow status updates are judged under, mirrored into the doc. */
  readonly workflow: WorkflowMirror
  /** Who edited, and who deleted what, since the last version. */
  readonly edits: EditLog

  private constructor(
    readonly id: string,
    status: WorkflowStatus,
    doc: Y.Doc,
    [base, ...logged]: Uint8Array[],
    clientIds: ClientIdOwnership,
    private readonly store: DocumentStore,
    private readonly options: LiveDocumentOptions,
  ) {
    this.doc = doc
    this.clientIds = clientIds
    this.workflow = new WorkflowMirror(status, doc, (change) => this.applyServerChange(change))
    this.loggedUpdates = logged.length + (base ? 1 : 0)
    this.mergedBytes = base?.byteLength ?? 0
    this.loggedBytes = byteLengthOf(logged)
    this.edits = new EditLog(doc, [
      doc.getXmlFragment(CONTENT_FRAGMENT_NAME),
      doc.getMap(PEOPLE_MAP_NAME),
    ])
    this.awareness = new Awareness(doc)
    // The server is not a participant: it must not appear in anyone's presence list.
    this.awareness.setLocalState(null)
  }

  /**
   * Loads the whole log; throws rather than ever presenting a failed load as an empty document.
   * `beforeBuild` is awaited with the stored rows before the (synchronous, possibly long) build.
   */
  static async load(
    meta: DocumentMeta,
    store: DocumentStore,
    options: LiveDocumentOptions,
    beforeBuild?: BeforeBuild,
  ): Promise<LiveDocument> {
    const { id } = meta
    const updates = await store.loadUpdates(id)
    await beforeBuild?.(updates)
    const bindings = await store.loadClientIds(id)
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
    const clientIds = new ClientIdOwnership(
      bindings,
      (clientId) => Y.getState(doc.store, clientId) > 0,
    )
    const document = new LiveDocument(id, meta.status, doc, updates, clientIds, store, options)
    // A status set while the document was not in memory reaches the mirror now.
    void document.workflow.show().catch(() => undefined)
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

  /**
   * Applies what another process judged and stored, through the same queue: not judged again,
   * not stored again, passed on to this process's clients.
   */
  applyRemoteUpdate(update: Uint8Array): Promise<void> {
    return this.enqueue({ remote: update }, remoteOrigin)
  }

  /** Reads the store again and applies what this process missed (after a fan-out outage). */
  catchUp(): Promise<void> {
    return this.enqueue('catch-up', remoteOrigin)
  }

  private enqueue(change: Submission['change'], origin: unknown): Promise<void> {
    if (this.destroyed) return Promise.reject(new DocumentSaveError('The document was closed.'))
    return new Promise((resolve, reject) => {
      this.pending.push({ change, origin, resolve, reject })
      this.scheduleFlush()
    })
  }

  /** Resolves when everything submitted so far is stored: state may be shown to clients then. */
  whenDurable(): Promise<void> {
    return this.nextFlush ?? this.flushing
  }

  /** Resolves when no compaction is under way; never rejects. */
  whenCompacted(): Promise<void> {
    return this.compacting ?? Promise.resolve()
  }

  onUpdate(listener: UpdateListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  onClose(listener: (reason: string) => void): () => void {
    this.closeListeners.add(listener)
    return () => this.closeListeners.delete(listener)
  }

  /** Changes announced since the document was built: none, and it is exactly the rows it was built from. */
  get changeCount(): number {
    return this.changes
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

  /**
   * Whether the last update left structs or deletions waiting for others, which are then dropped.
   * The judge refuses such updates before they are applied; this makes sure no later update can
   * release anything that was not judged against the state it lands in, whatever slipped past.
   */
  private dropPending(): boolean {
    const { store } = this.doc
    if (store.pendingStructs === null && store.pendingDs === null) return false
    store.pendingStructs = null
    store.pendingDs = null
    return true
  }

  private hasPending(): boolean {
    return this.doc.store.pendingStructs !== null || this.doc.store.pendingDs !== null
  }

  /**
   * Applies the whole stored log and the bindings kept with it (Yjs skips what the document has).
   * Returns whether it could; a store that cannot be read leaves the document as it was.
   */
  private async readStore(): Promise<boolean> {
    try {
      const [updates, bindings] = await Promise.all([
        this.store.loadUpdates(this.id),
        this.store.loadClientIds(this.id),
      ])
      this.clientIds.adopt(bindings)
      if (updates.length > 0) Y.applyUpdate(this.doc, Y.mergeUpdates(updates), remoteOrigin)
      return true
    } catch (error) {
      this.options.onCatchUpFailed?.(this, error)
      return false
    }
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
    const applied: AppliedChange[] = []
    const accepted: Submission[] = []
    // What is stored is what Yjs emitted after integrating, never the raw bytes a client sent.
    const record = (update: Uint8Array, origin: unknown) => applied.push({ update, origin })
    // A client's later updates may build on one that was refused: none of them is judged alone.
    const refusedOrigins = new Set<unknown>()
    const refuse = (submission: Submission, error: Error) => {
      refusedOrigins.add(submission.origin)
      submission.reject(error)
    }
    this.doc.on('update', record)
    try {
      for (const submission of batch) {
        const { change } = submission
        if (refusedOrigins.has(submission.origin)) {
          submission.reject(new UpdateRefusedError(afterRefusal))
          continue
        }
        if (typeof change === 'function') {
          this.clientIds.claimForServer(this.doc.clientID)
          this.doc.transact(() => change(this.doc), submission.origin)
          accepted.push(submission)
          continue
        }
        if (change === 'catch-up') {
          await this.readStore()
          accepted.push(submission)
          continue
        }
        if ('remote' in change) {
          try {
            Y.applyUpdate(this.doc, change.remote, remoteOrigin)
          } catch (error) {
            submission.reject(
              new MalformedUpdateError('A published update was broken.', { cause: error }),
            )
            continue
          }
          // It depends on something this process missed: the store has everything published.
          if (this.hasPending()) await this.readStore()
          this.dropPending()
          accepted.push(submission)
          continue
        }
        let refusal = change.judge?.(this.doc)
        if (refusal !== undefined && this.options.catchUpBeforeRefusing) {
          if (await this.readStore()) refusal = change.judge?.(this.doc)
        }
        if (refusal !== undefined) {
          refuse(submission, new UpdateRefusedError(refusal))
          continue
        }
        try {
          Y.applyUpdate(this.doc, withoutStoredStructs(change.update, this.doc), submission.origin)
        } catch (error) {
          refuse(
            submission,
            new MalformedUpdateError('The update could not be applied.', { cause: error }),
          )
          continue
        }
        if (this.dropPending()) {
          refuse(submission, new UpdateRefusedError(incompleteUpdate))
          continue
        }
        accepted.push(submission)
      }
    } finally {
      this.doc.off('update', record)
    }

    // What came from other processes is in the store already.
    const stored = applied
      .filter(({ origin }) => origin !== remoteOrigin)
      .map(({ update }) => update)
    // One row a flush: a burst of keystrokes costs one insert, not one each, and the same merge
    // is what the flush broadcasts and publishes.
    const row = stored.length > 1 ? Y.mergeUpdates(stored) : stored[0]
    const bindings = this.clientIds.takeUnsaved()
    try {
      await this.store.appendUpdates(this.id, row ? [row] : [], bindings)
    } catch (error) {
      const failure = new DocumentSaveError('The change could not be saved.', { cause: error })
      for (const submission of accepted) submission.reject(failure)
      // Memory now holds what the store does not: drop it and let clients resend from their copy.
      this.options.onBroken(this, error)
      return
    }

    if (applied.length > 0) {
      this.changes += 1
      // Only now that it is stored: nothing anyone has been sent can be lost by a crash.
      const broadcast = new Broadcast(applied, stored.length === applied.length ? row : undefined)
      for (const listener of this.listeners) {
        try {
          listener(broadcast)
        } catch (error) {
          // One connection's failure to pass an update on must not stop the others or the document.
          this.options.onListenerFailed(this, error)
        }
      }
    }
    for (const submission of accepted) submission.resolve()
    if (row || bindings.length > 0) {
      try {
        this.options.onStored?.(row ?? Y.mergeUpdates([]), bindings)
      } catch (error) {
        this.options.onListenerFailed(this, error)
      }
    }

    if (row) {
      this.loggedUpdates += 1
      this.loggedBytes += row.byteLength
    }
    // Each compaction merges the whole state: waiting until the log is also a quarter of it keeps
    // the work per stored byte constant however large the minutes grow (500 keystrokes were a
    // merge of megabytes, many times a second under load).
    if (
      this.loggedUpdates >= this.options.compactAfterUpdates &&
      this.loggedBytes * 4 >= this.mergedBytes &&
      !this.compacting
    ) {
      // Not awaited: the merge may take long, and the next updates need not wait for it.
      this.compacting = this.compact().finally(() => {
        this.compacting = undefined
      })
    }
  }

  private async compact(): Promise<void> {
    const merge = this.options.mergeUpdates ?? Y.mergeUpdates
    const loggedBefore = this.loggedBytes
    let mergedBytes = this.mergedBytes
    try {
      this.loggedUpdates = await this.store.compactUpdates(this.id, async (updates) => {
        const merged = await merge(updates)
        mergedBytes = merged.byteLength
        return merged
      })
      this.mergedBytes = mergedBytes
      // What was stored while the merge ran is the new log.
      this.loggedBytes = Math.max(0, this.loggedBytes - loggedBefore)
    } catch (error) {
      // The log is intact without compaction; it is tried again after the next updates.
      this.options.onCompactionFailed(this, error)
    }
  }
}

function byteLengthOf(updates: readonly Uint8Array[]): number {
  let bytes = 0
  for (const update of updates) bytes += update.byteLength
  return bytes
}

/**
 * Only what the server lacks. Yjs reads the neighbours of a struct it already has too, and cuts
 * the stored text there to do so; cut between the two halves of a character, the server's copy
 * would hold U+FFFD where its clients hold the character. A copy names whatever neighbours it
 * likes, and only the structs the server lacks are judged.
 */
function withoutStoredStructs(update: Uint8Array, doc: Y.Doc): Uint8Array {
  // A keystroke carries nothing stored: the check costs a tenth of the diff (encoding the state
  // vector of minutes with 200 editors took longer than applying the keystroke).
  for (const [client, clock] of Y.parseUpdateMeta(update).from) {
    if (clock < Y.getState(doc.store, client)) {
      return Y.diffUpdate(update, Y.encodeStateVector(doc))
    }
  }
  return update
}
