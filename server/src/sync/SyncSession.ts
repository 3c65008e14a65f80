import type { DocumentAccess } from '@minutes/permissions'
import { CloseCode } from '@minutes/protocol'
import * as decoding from 'lib0/decoding'
import { applyAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness'
import * as Y from 'yjs'
import type { DocumentLease, DocumentRegistry } from '../documents/DocumentRegistry'
import {
  afterRefusal,
  type ClientOwner,
  DocumentSaveError,
  type LiveDocument,
  MalformedUpdateError,
  UpdateRefusedError,
} from '../documents/LiveDocument'
import type { Logger } from '../logger'
import { DocumentNotFoundError } from '../persistence/DocumentStore'
import { StoreUnavailableError } from '../persistence/StoreUnavailableError'
import { answerFromStore } from './answerFromStore'
import { BoundedHold } from './BoundedHold'
import type { SchemaRules } from './inspection/createSchemaRules'
import type { DocumentRoots } from './inspection/describeUpdate'
import { UpdateInspection } from './inspection/inspectUpdate'
import { judgeInspection } from './judgeUpdate'
import {
  encodeAwareness,
  encodeAwarenessChange,
  encodePermissionDenied,
  encodeQueryAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  MessageType,
  SyncStep,
} from './messages'
import { PresenceBudget } from './PresenceBudget'
import type { SendOptions, SyncConnection, SyncSocket } from './SyncSocket'
import { type Identity, sanitiseAwarenessUpdate } from './sanitiseAwarenessUpdate'

/** What a connection was granted when it was authorised. */
export interface ConnectionGrant {
  access: DocumentAccess
  /** Shown as this connection's presence; when absent the client's own name stands. */
  identity?: Identity
  /** The invitation this connection came in with, so that revoking it can close it. */
  invitationId?: string
  /** Who is behind the connection (an account, an invitation, the admin token). */
  principalId?: string
  /** The id this person's comments carry in this document. */
  commenterId?: string
  /** When the credentials stop working (ms since the epoch), so that the connection ends then. */
  expiresAt?: number
  /** The signed-in browser session it came with, so that signing out can close it. */
  sessionId?: string
}

export interface SyncSessionDependencies {
  registry: DocumentRegistry
  logger: Logger
  schemaRules: SchemaRules
  roots: DocumentRoots
}

/**
 * How long a connection to a document not in memory waits for the client's opening sync step 1
 * (stock clients send it at once), to answer it from the store before the document is built.
 */
const maxWaitForOpeningMs = 100
/** The longest one slow reader may hold its document's build while its early answer is written. */
const maxWaitForAnswerSentMs = 100
/** Frames accepted from a client before its document has loaded; more is a misbehaving client. */
const maxFramesWhileLoading = 256
/** Bytes one connection may have held at a time, unauthorised or unanswered. */
const maxHeldBytes = 4 * 1024 * 1024
/**
 * Client ids one connection may write with. A browser tab uses one, but its offline copy brings
 * the ids of every earlier visit that edited offline; no person makes thousands.
 */
export const maxWriterIdsPerConnection = 4096
/** Client ids one connection may announce presence for: a tab is one person at one cursor. */
export const maxPresenceIdsPerConnection = 8
/** Clients echo everyone's presence they hear of: one message may list a whole meeting. */
const maxPresenceEntries = 1024
/**
 * Updates one connection may have waiting to be stored: enough for a fast typist's or a paste's
 * updates to be stored together, few enough that one flush judges a bounded amount of one client.
 */
const maxUpdatesInFlight = 64
/**
 * Updates a client may send between its step 1 and its answer to the server's, and how long that
 * answer may take: a stock client answers within a round trip, and types little in one.
 */
export const maxUpdatesBeforeCatchUp = 256
export const maxMsBeforeCatchUp = 10_000
/** A presence message holds a name, a colour and a cursor: a few hundred bytes. */
const maxPresenceBytes = 32 * 1024

class ProtocolError extends Error {
  override name = 'ProtocolError'
}

/**
 * One client's conversation about one document in the y-websocket protocol. Frames are
 * handled strictly in order; anything malformed closes this connection only.
 */
export class SyncSession implements SyncConnection, ClientOwner {
  private lease: DocumentLease | undefined
  private access: DocumentAccess = { role: 'reviewer' }
  private identity: Identity | undefined
  private commenterId: string | undefined
  principalId: string | undefined
  /** Frames received before the document was ready; undefined once it is. */
  private framesWhileLoading: BoundedHold | undefined = new BoundedHold(
    maxFramesWhileLoading,
    maxHeldBytes,
  )
  private heard: () => void = () => {}
  /** Resolves at the client's first frame, or when the connection closes. */
  private readonly firstFrame = new Promise<void>((resolve) => {
    this.heard = resolve
  })
  /** The stored rows the opening sync step 1 was answered from, before the document was built. */
  private answeredFrom: readonly Uint8Array[] | undefined
  private processing: Promise<void> = Promise.resolve()
  /** Updates submitted to the document and not yet stored or refused; none of them rejects. */
  private readonly updatesInFlight = new Set<Promise<void>>()
  /**
   * Whether the client's catch-up (its answer to the server's step 1, with what it has that the
   * server lacks) is awaited: from its own step 1 on, as stock clients open, until it arrives.
   */
  private catchUp: 'not asked' | 'awaited' | 'received' = 'not asked'
  /** Updates sent while the catch-up was awaited: they may build on edits only it carries. */
  private heldForCatchUp = new BoundedHold(maxUpdatesBeforeCatchUp, maxHeldBytes)
  private catchUpTimer: NodeJS.Timeout | undefined
  /** Set once an update or message of this connection was refused: it sends nothing more. */
  private wasRefused = false
  private readonly awarenessClientIds = new Set<number>()
  /** Client ids this connection wrote with, and those it announced presence for. */
  private readonly writerIds = new Set<number>()
  private readonly presenceIds = new Set<number>()
  private readonly presence = new PresenceBudget()
  /** The newest presence message over budget, sent on once the budget allows. */
  private deferredPresence: Uint8Array | undefined
  private presenceTimer: NodeJS.Timeout | undefined
  private readonly unsubscribers: (() => void)[] = []
  private isClosed = false

  private readonly registry: DocumentRegistry
  private readonly logger: Logger
  private readonly schemaRules: SchemaRules
  private readonly roots: DocumentRoots

  constructor(
    private readonly socket: SyncSocket,
    private readonly documentId: string,
    /**
     * What this connection's principal may do with the document; undefined: nothing. Asked once,
     * and not kept: what it holds (the upgrade request) would live as long as the connection.
     */
    authorize: () => Promise<ConnectionGrant | undefined>,
    { registry, logger, schemaRules, roots }: SyncSessionDependencies,
  ) {
    this.registry = registry
    this.logger = logger
    this.schemaRules = schemaRules
    this.roots = roots
    this.open(authorize).catch((error: unknown) => this.fail('opening the connection', error))
  }

  receive(frame: Uint8Array): void {
    if (this.isClosed) return
    if (this.framesWhileLoading) {
      if (!this.framesWhileLoading.add(frame)) {
        this.close(CloseCode.policyViolation, 'Too many messages before the document was ready.')
        return
      }
      this.heard()
      return
    }
    this.enqueue(frame)
  }

  closed(): void {
    this.isClosed = true
    this.cleanUp()
  }

  /** Ends the connection from the server's side, for example when its invitation is revoked. */
  end(code: number, reason: string): void {
    this.close(code, reason)
  }

  supersede(): void {
    this.close(CloseCode.goingAway, 'A newer connection from the same person took over.')
  }

  private async open(authorize: () => Promise<ConnectionGrant | undefined>): Promise<void> {
    try {
      const grant = await authorize()
      if (!grant) {
        this.close(CloseCode.unauthorized, 'Sign in, or open your invitation link again.')
        return
      }
      this.access = grant.access
      this.identity = grant.identity
      this.principalId = grant.principalId
      this.commenterId = grant.commenterId
      const stateVector = await this.openingStateVector()
      this.lease = await this.registry.acquire(
        this.documentId,
        stateVector && ((rows) => this.answerFromStore(rows, stateVector)),
      )
    } catch (error) {
      if (error instanceof DocumentNotFoundError) {
        this.close(CloseCode.documentNotFound, error.message)
      } else if (error instanceof StoreUnavailableError) {
        this.logger.warn(`document ${this.documentId}: ${error.message}`)
        this.close(CloseCode.tryAgainLater, error.message)
      } else {
        this.logger.error(`document ${this.documentId}: load failed`, error)
        this.close(CloseCode.serverError, 'The document could not be loaded. Try again shortly.')
      }
      return
    }
    if (this.isClosed) {
      this.cleanUp()
      return
    }
    const document = this.lease.document
    this.subscribe(document)
    const answeredFrom = this.answeredFrom
    // The rows are the size of the document: not kept for the life of the connection.
    this.answeredFrom = undefined
    // After an early answer, the rest of the opening belongs to it: the client may still be reading
    // the stored rows, and is judged a slow reader by the live updates only.
    const opening: SendOptions = { continuesAnswer: answeredFrom !== undefined }
    if (answeredFrom && document.changeCount > 0) {
      // Changed between its build and this subscription: send what the early answer lacked,
      // once stored (only stored state is ever shown).
      await document.whenDurable()
      if (this.isClosed) return
      const lacked = Y.encodeStateAsUpdate(document.doc, stateVectorOf(answeredFrom))
      this.send(encodeUpdate(lacked), opening)
    }
    this.send(encodeSyncStep1(document.doc), opening)
    const states = [...document.awareness.getStates().keys()]
    if (states.length > 0) this.send(encodeAwareness(document.awareness, states), opening)
    const queued = this.framesWhileLoading?.takeAll() ?? []
    this.framesWhileLoading = undefined
    for (const frame of queued) this.enqueue(frame)
  }

  /**
   * The state vector of the client's opening sync step 1, when the document is not in memory and
   * the client sends one first: that step 1 can then be answered from the stored rows.
   */
  private async openingStateVector(): Promise<Uint8Array | undefined> {
    if (this.registry.has(this.documentId)) return undefined
    await waitAtMost(this.firstFrame, maxWaitForOpeningMs)
    const frame = this.framesWhileLoading?.first
    return frame && readStateVector(frame)
  }

  /**
   * Answers the opening sync step 1 from the rows the document is about to be built from, and
   * lets the answer leave before the build holds the process. Never throws: whatever fails here
   * leaves the step 1 to be answered from the document as usual.
   */
  private async answerFromStore(rows: readonly Uint8Array[], stateVector: Uint8Array) {
    if (this.isClosed) return
    let messages: Uint8Array[]
    try {
      messages = answerFromStore(rows, stateVector)
    } catch (error) {
      this.logger.warn(`document ${this.documentId}: answering from the store failed`, error)
      return
    }
    this.framesWhileLoading?.dropFirst()
    this.awaitCatchUp()
    this.answeredFrom = rows
    const allSent = new Promise<void>((resolve) => {
      for (const [index, message] of messages.entries()) {
        // The rows are one answer: a document stored in rows that outweigh the slow-reader bound
        // together must not close its client on connect, any more than one large state does.
        this.send(message, {
          continuesAnswer: index > 0,
          ...(index === messages.length - 1 && { sent: resolve }),
        })
      }
    })
    await waitAtMost(allSent, maxWaitForAnswerSentMs)
  }

  private subscribe(document: LiveDocument): void {
    this.unsubscribers.push(
      document.onUpdate((broadcast) => {
        const update = broadcast.updateFor(this)
        if (update) this.send(encodeUpdate(update))
      }),
      document.onClose((reason) => this.close(CloseCode.serverError, reason)),
    )
    const handleAwareness = (
      change: { added: number[]; updated: number[]; removed: number[] },
      origin: unknown,
    ) => {
      if (origin === this) {
        for (const id of [...change.added, ...change.updated]) this.awarenessClientIds.add(id)
        for (const id of change.removed) this.awarenessClientIds.delete(id)
      }
      this.send(encodeAwarenessChange(document.awareness, change))
    }
    document.awareness.on('update', handleAwareness)
    this.unsubscribers.push(() => document.awareness.off('update', handleAwareness))
  }

  private enqueue(frame: Uint8Array): void {
    this.processing = this.processing
      .then(async () => {
        if (this.isClosed || !this.lease) return
        try {
          await this.handle(frame, this.lease.document)
        } catch (error) {
          this.answerFailure(error)
        }
      })
      // Nothing one connection does may end the process: whatever escapes closes this one only.
      .catch((error: unknown) => this.fail('handling a message', error))
  }

  private answerFailure(error: unknown): void {
    if (error instanceof ProtocolError || error instanceof MalformedUpdateError) {
      this.wasRefused = true
      this.close(CloseCode.malformedMessage, error.message)
    } else if (error instanceof UpdateRefusedError) {
      this.wasRefused = true
      this.logger.info(
        `document ${this.documentId}: refused a change from ${this.principalId ?? 'a connection'}: ${JSON.stringify(error.message)}`,
      )
      this.refuse(error.message)
    } else if (error instanceof DocumentSaveError) {
      this.close(CloseCode.serverError, 'The change could not be saved; reconnecting.')
    } else {
      this.fail('handling a message', error)
    }
  }

  /** An unexpected error in this connection: logged, and this connection alone is closed. */
  private fail(doing: string, error: unknown): void {
    this.logger.error(`document ${this.documentId}: ${doing} failed`, error)
    try {
      this.close(CloseCode.serverError, 'The server could not handle a message.')
    } catch (closeError) {
      this.logger.error(`document ${this.documentId}: closing failed`, closeError)
      this.isClosed = true
      this.cleanUp()
    }
  }

  private async handle(frame: Uint8Array, document: LiveDocument): Promise<void> {
    const decoder = decoding.createDecoder(frame)
    const messageType = readOrFail(() => decoding.readVarUint(decoder))
    const step =
      messageType === MessageType.sync ? readOrFail(() => decoding.readVarUint(decoder)) : undefined
    if (step !== SyncStep.missingUpdates && step !== SyncStep.update) {
      // Anything else is answered as if every update before it had been handled in turn.
      await Promise.all(this.updatesInFlight)
      if (this.isClosed) return
    }
    switch (messageType) {
      case MessageType.sync: {
        const payload = readOrFail(() => decoding.readVarUint8Array(decoder))
        if (step === SyncStep.stateVector) {
          readOrFail(() => Y.decodeStateVector(payload))
          this.awaitCatchUp()
          // Only state that is already stored may be shown to anyone.
          await document.whenDurable()
          this.send(encodeSyncStep2(document.doc, payload))
        } else if (step === SyncStep.update && this.catchUp === 'awaited') {
          this.holdForCatchUp(payload)
        } else if (step === SyncStep.missingUpdates || step === SyncStep.update) {
          await this.pipelineUpdate(payload, document)
          if (step === SyncStep.missingUpdates) await this.releaseHeld(document)
        } else {
          throw new ProtocolError(`Unknown sync step ${step}.`)
        }
        return
      }
      case MessageType.awareness: {
        const update = readOrFail(() => decoding.readVarUint8Array(decoder))
        if (update.byteLength > maxPresenceBytes) {
          throw new ProtocolError('A presence message was larger than any person needs.')
        }
        if (!this.presence.take()) {
          this.deferPresence(frame)
          return
        }
        const ownOnly = readOrFail(() =>
          sanitiseAwarenessUpdate(
            update,
            this.identity,
            (clientId, isLeaving) =>
              fitsBound(this.presenceIds, [clientId], maxPresenceIdsPerConnection) &&
              document.clientIds.claimPresence(clientId, this, isLeaving) &&
              addAll(this.presenceIds, [clientId]),
            (clientId) => document.awareness.meta.get(clientId)?.clock,
            maxPresenceEntries,
          ),
        )
        applyAwarenessUpdate(document.awareness, ownOnly, this)
        return
      }
      case MessageType.queryAwareness: {
        const states = [...document.awareness.getStates().keys()]
        this.send(encodeAwareness(document.awareness, states))
        return
      }
      default:
        throw new ProtocolError(`Message type ${messageType} is not accepted from clients.`)
    }
  }

  /**
   * Submits an update without waiting for the one before it to be stored: the document's queue
   * keeps a connection's updates in order, judges each against the state it lands in, and stores
   * and sends those that arrive together in one flush. A refusal still ends the connection, and
   * nothing it sent after the refused update is applied.
   */
  private async pipelineUpdate(update: Uint8Array, document: LiveDocument): Promise<void> {
    // A bound on what one connection has queued: a flood waits its turn like any other client.
    if (this.updatesInFlight.size >= maxUpdatesInFlight) await Promise.all(this.updatesInFlight)
    if (this.isClosed) return
    const submitted = this.submitUpdate(update, document)
      .catch((error: unknown) => this.answerFailure(error))
      .catch((error: unknown) => this.fail('handling a message', error))
      .finally(() => this.updatesInFlight.delete(submitted))
    this.updatesInFlight.add(submitted)
  }

  private async submitUpdate(update: Uint8Array, document: LiveDocument): Promise<void> {
    // Decoding in full first keeps malformed bytes out of the document and the store.
    const decoded = readOrFail(() => Y.decodeUpdate(update))
    if (decoded.structs.length === 0 && decoded.ds.clients.size === 0) return
    // Judged inside the document's queue, against exactly the state it would apply to: only
    // what the server lacks is judged and claimed, so a copy sent back is never refused.
    await document.submitUpdate(update, this, (doc) => {
      // Queued before an earlier update of this connection was refused: it may build on it.
      if (this.wasRefused) return afterRefusal
      const inspection = new UpdateInspection(doc, decoded)
      const refusal = judgeInspection(inspection, {
        access: this.access,
        status: document.workflow.status,
        schemaRules: this.schemaRules,
        roots: this.roots,
        ...(this.commenterId && this.identity
          ? { writer: { id: this.commenterId, name: this.identity.name, role: this.access.role } }
          : {}),
      })
      if (refusal !== undefined) return refusal
      const writers = [...inspection.writers]
      if (!fitsBound(this.writerIds, writers, maxWriterIdsPerConnection)) {
        return 'This change uses more editor ids than one connection may.'
      }
      const isNewToThisConnection = writers.some((id) => document.clientIds.ownerOf(id) !== this)
      if (!document.clientIds.claimClients(writers, this)) {
        return 'This change uses an editor id that belongs to someone else.'
      }
      addAll(this.writerIds, writers)
      // Presence sent before this connection held its ids was not shown: ask for it again.
      if (isNewToThisConnection) this.send(encodeQueryAwareness())
      return undefined
    })
  }

  /**
   * A client that edited offline sends those edits only in its catch-up, but what it types once
   * connected as it comes: judged before the catch-up, a keystroke would be refused for building
   * on edits the server does not have, and the client would drop its copy, offline work and all.
   */
  private holdForCatchUp(update: Uint8Array): void {
    if (!this.heldForCatchUp.add(update)) {
      this.close(CloseCode.policyViolation, 'Too many changes before answering the server.')
      return
    }
    this.catchUpTimer ??= setTimeout(() => {
      this.close(CloseCode.policyViolation, 'The client did not answer the server in time.')
    }, maxMsBeforeCatchUp)
  }

  /** The client said what it has: its catch-up answers our step 1, and its keystrokes wait for it. */
  private awaitCatchUp(): void {
    if (this.catchUp === 'not asked') this.catchUp = 'awaited'
  }

  /** After the catch-up, what was held goes in the order it came. */
  private async releaseHeld(document: LiveDocument): Promise<void> {
    this.catchUp = 'received'
    clearTimeout(this.catchUpTimer)
    this.catchUpTimer = undefined
    for (const update of this.heldForCatchUp.takeAll()) await this.pipelineUpdate(update, document)
  }

  /** Keeps only the newest presence over budget: it says all the older ones would have. */
  private deferPresence(frame: Uint8Array): void {
    this.deferredPresence = frame
    this.presenceTimer ??= setTimeout(() => {
      this.presenceTimer = undefined
      const deferred = this.deferredPresence
      this.deferredPresence = undefined
      if (deferred && !this.isClosed) this.enqueue(deferred)
    }, this.presence.msUntilNext())
  }

  /**
   * Tells the client why (the standard permission-denied message, which stock y-websocket
   * clients log) and closes with a code our client answers by dropping its local copy and
   * resyncing: a client that kept the refused edit would resend it on every reconnect.
   */
  private refuse(reason: string): void {
    this.send(encodePermissionDenied(reason))
    this.close(CloseCode.updateRefused, reason)
  }

  private send(message: Uint8Array, options: SendOptions = {}): void {
    if (this.isClosed) {
      options.sent?.()
      return
    }
    this.socket.send(message, options)
  }

  private close(code: number, reason: string): void {
    if (this.isClosed) return
    this.isClosed = true
    this.socket.close(code, reason)
    this.cleanUp()
  }

  private cleanUp(): void {
    this.heard()
    clearTimeout(this.catchUpTimer)
    this.heldForCatchUp.takeAll()
    clearTimeout(this.presenceTimer)
    this.deferredPresence = undefined
    for (const unsubscribe of this.unsubscribers.splice(0)) unsubscribe()
    const lease = this.lease
    if (!lease) return
    this.lease = undefined
    // Ids a newer connection of the same person took over are theirs to announce now.
    const leaving = [...this.awarenessClientIds].filter(
      (id) => (lease.document.clientIds.ownerOf(id) ?? this) === this,
    )
    if (leaving.length > 0 && !lease.document.isDestroyed) {
      removeAwarenessStates(lease.document.awareness, leaving, this)
    }
    this.awarenessClientIds.clear()
    lease.document.clientIds.release(this)
    lease.release()
  }
}

/** Whether `used` stays within `bound` once `clientIds` are added. */
function fitsBound(
  used: ReadonlySet<number>,
  clientIds: readonly number[],
  bound: number,
): boolean {
  const fresh = new Set(clientIds.filter((id) => !used.has(id)))
  return used.size + fresh.size <= bound
}

function addAll(used: Set<number>, clientIds: readonly number[]): true {
  for (const id of clientIds) used.add(id)
  return true
}

/** The state vector a client's sync step 1 carries; undefined for any other or a malformed frame. */
function readStateVector(frame: Uint8Array): Uint8Array | undefined {
  try {
    const decoder = decoding.createDecoder(frame)
    if (decoding.readVarUint(decoder) !== MessageType.sync) return undefined
    if (decoding.readVarUint(decoder) !== SyncStep.stateVector) return undefined
    const stateVector = decoding.readVarUint8Array(decoder)
    Y.decodeStateVector(stateVector)
    return stateVector
  } catch {
    // Left in the queue, where it is refused as malformed as any other frame.
    return undefined
  }
}

/** The state vector of what the stored rows hold together. */
function stateVectorOf(rows: readonly Uint8Array[]): Uint8Array {
  const clocks = new Map<number, number>()
  for (const row of rows) {
    for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVectorFromUpdate(row))) {
      clocks.set(client, Math.max(clock, clocks.get(client) ?? 0))
    }
  }
  return Y.encodeStateVector(clocks)
}

/** Resolves when `promise` does, or after `ms`, whichever is first. */
function waitAtMost(promise: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

function readOrFail<T>(read: () => T): T {
  try {
    return read()
  } catch (error) {
    throw new ProtocolError(
      `Malformed message: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
}
