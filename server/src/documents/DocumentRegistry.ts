import type { WorkflowStatus } from '@minutes/permissions'
import { applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness'
import type { Logger } from '../logger'
import {
  type DocumentMeta,
  DocumentNotFoundError,
  type DocumentStore,
  type MergeUpdates,
} from '../persistence/DocumentStore'
import type { DocumentChannel, DocumentEvent, Fanout } from './Fanout'
import { type BeforeBuild, type ClientOwner, LiveDocument, remoteOrigin } from './LiveDocument'

/** Told when a document enters memory and before it leaves (the version history's checkpoints). */
export interface DocumentObserver {
  loaded(document: LiveDocument): void
  /** Awaited before the document is freed; never throws. */
  unloading(document: LiveDocument): Promise<void>
}

export interface DocumentRegistryOptions {
  unloadDelayMs: number
  compactAfterUpdates: number
  logger: Logger
  /** Other server processes holding the same documents; none when this process is alone. */
  fanout?: Fanout
  observer?: DocumentObserver
  /** How logs are merged when compacted; Yjs' own, on the event loop, if absent. */
  mergeUpdates?: MergeUpdates
  /** Told of each document once loaded, before anyone uses it (the search indexer follows it). */
  onLoaded?: (document: LiveDocument) => void
}

/** A claim on a live document; the document may leave memory once every lease is released. */
export interface DocumentLease {
  readonly document: LiveDocument
  release(): void
}

interface Entry {
  loading: Promise<LiveDocument>
  document?: LiveDocument
  holders: number
  unloadTimer?: NodeJS.Timeout
}

/**
 * Loads each document once, shares it between its connections, and unloads it a while
 * after the last one leaves. Every path that loads a document has one that releases it.
 */
export class DocumentRegistry {
  private readonly entries = new Map<string, Entry>()

  constructor(
    private readonly store: DocumentStore,
    private readonly options: DocumentRegistryOptions,
  ) {}

  /**
   * Throws DocumentNotFoundError for unknown ids, and any load failure as it is. `beforeBuild` is
   * given the stored rows when this acquire is the one that loads the document, before it is built.
   */
  async acquire(id: string, beforeBuild?: BeforeBuild): Promise<DocumentLease> {
    let entry = this.entries.get(id)
    if (!entry) {
      entry = { loading: this.load(id, beforeBuild), holders: 0 }
      this.entries.set(id, entry)
    }
    const claimed = entry
    claimed.holders += 1
    clearTimeout(claimed.unloadTimer)
    let document: LiveDocument
    try {
      document = await claimed.loading
    } catch (error) {
      claimed.holders -= 1
      // A failed load is forgotten at once so that the next attempt reads the store again.
      if (this.entries.get(id) === claimed) this.entries.delete(id)
      throw error
    }
    claimed.document = document
    let released = false
    return {
      document,
      release: () => {
        if (released) return
        released = true
        this.release(id, claimed)
      },
    }
  }

  /** Documents in memory now. */
  get size(): number {
    return this.entries.size
  }

  has(id: string): boolean {
    return this.entries.has(id)
  }

  /** Waits for every pending write, then frees all documents: for shutdown. */
  async closeAll(reason: string): Promise<void> {
    const entries = [...this.entries.entries()]
    this.entries.clear()
    await Promise.all(
      entries.map(async ([, entry]) => {
        clearTimeout(entry.unloadTimer)
        const document = await entry.loading.catch(() => undefined)
        if (!document) return
        await document.whenDurable()
        // A merge under way is let finish: the process may end, or its worker stop, next.
        await document.whenCompacted()
        await this.options.observer?.unloading(document)
        document.destroy(reason)
      }),
    )
  }

  /** The workflow status the document is in now. */
  async statusOf(id: string): Promise<WorkflowStatus | undefined> {
    const live = this.entries.get(id)?.document
    return live ? live.workflow.status : (await this.store.getDocument(id))?.status
  }

  /** Records a new workflow status, and applies it at once to the live document if loaded. */
  async setStatus(id: string, status: WorkflowStatus): Promise<DocumentMeta | undefined> {
    const meta = await this.store.setStatus(id, status)
    if (!meta) return meta
    await this.entries.get(id)?.document?.workflow.set(status)
    // Processes holding the document judge under the new status from now on.
    this.options.fanout?.publish(id, { kind: 'status', status })
    return meta
  }

  private async load(id: string, beforeBuild?: BeforeBuild): Promise<LiveDocument> {
    const { fanout, logger } = this.options
    // Opened before the store is read, so that nothing stored after that read is missed.
    const channel = await fanout?.open(id)
    let document: LiveDocument
    try {
      const meta = await this.store.getDocument(id)
      if (!meta) throw new DocumentNotFoundError(id)
      document = await LiveDocument.load(
        meta,
        this.store,
        {
          compactAfterUpdates: this.options.compactAfterUpdates,
          ...(this.options.mergeUpdates ? { mergeUpdates: this.options.mergeUpdates } : {}),
          onBroken: (document, error) => {
            logger.error(`document ${id}: a change could not be saved`, error)
            this.evict(id, document)
          },
          onCompactionFailed: (_document, error) =>
            logger.error(`document ${id}: compaction failed`, error),
          onListenerFailed: (_document, error) =>
            logger.error(`document ${id}: passing an update on failed`, error),
          ...(channel
            ? {
                onStored: (update, clientIds) =>
                  channel.publish({ kind: 'update', update, clientIds }),
                catchUpBeforeRefusing: true,
                onCatchUpFailed: (_document, error) =>
                  logger.warn(`document ${id}: reading the store again failed`, error),
              }
            : {}),
        },
        beforeBuild,
      )
    } catch (error) {
      channel?.close()
      throw error
    }
    if (channel) this.connect(document, channel)
    this.options.observer?.loaded(document)
    this.options.onLoaded?.(document)
    return document
  }

  /** Applies what other processes publish, and publishes this process's presence changes. */
  private connect(document: LiveDocument, channel: DocumentChannel): void {
    const publishPresence = (
      change: { added: number[]; updated: number[]; removed: number[] },
      origin: unknown,
    ) => {
      // Only what this process's own connections say: not what others published, nor the
      // local expiry of their states (every process expires those itself).
      if (!isClientOwner(origin)) return
      publishPresenceOf(
        document,
        channel,
        [...change.added, ...change.updated, ...change.removed],
        origin.principalId ?? null,
      )
    }
    document.awareness.on('update', publishPresence)
    document.onClose(() => channel.close())
    channel.start({
      receive: (event) => this.receive(document, event, channel),
      catchUp: () => void document.catchUp().catch(() => undefined),
    })
    // Presence is not stored: ask the processes holding the document for theirs.
    channel.publish({ kind: 'presence-query' })
  }

  private receive(document: LiveDocument, event: DocumentEvent, channel: DocumentChannel): void {
    if (document.isDestroyed) return
    switch (event.kind) {
      case 'update':
        document.clientIds.adopt(event.clientIds)
        void document.applyRemoteUpdate(event.update).catch(() => undefined)
        return
      case 'awareness':
        // Nobody else on this process may speak for these ids: they are that person's.
        document.clientIds.adopt(
          event.clientIds.map((clientId) => ({ clientId, principalId: event.principalId })),
          { isPresenceOnly: true },
        )
        applyAwarenessUpdate(document.awareness, event.update, remoteOrigin)
        return
      case 'status':
        // Shows it in the document too when the process that set it did not hold it.
        void document.workflow.set(event.status).catch(() => undefined)
        return
      case 'resync':
        void document.catchUp().catch(() => undefined)
        return
      case 'presence-query': {
        // The presence of this process's own connections, each under its person.
        const byPerson = new Map<string | null, number[]>()
        for (const clientId of document.awareness.getStates().keys()) {
          const owner = document.clientIds.ownerOf(clientId)
          if (!owner) continue
          const principalId = owner.principalId ?? null
          byPerson.set(principalId, [...(byPerson.get(principalId) ?? []), clientId])
        }
        for (const [principalId, clientIds] of byPerson) {
          publishPresenceOf(document, channel, clientIds, principalId)
        }
        return
      }
    }
  }

  private evict(id: string, document: LiveDocument): void {
    const entry = this.entries.get(id)
    if (entry?.document === document) {
      clearTimeout(entry.unloadTimer)
      this.entries.delete(id)
    }
    document.destroy('The server could not save a change; reconnecting.')
  }

  private release(id: string, entry: Entry): void {
    entry.holders -= 1
    if (entry.holders > 0 || this.entries.get(id) !== entry) return
    entry.unloadTimer = setTimeout(() => void this.unload(id, entry), this.options.unloadDelayMs)
    entry.unloadTimer.unref()
  }

  private async unload(id: string, entry: Entry): Promise<void> {
    const document = await entry.loading
    // Never unload with a write or a merge in flight: they finish first.
    await document.whenDurable()
    await document.whenCompacted()
    if (entry.holders > 0 || this.entries.get(id) !== entry) return
    await this.options.observer?.unloading(document)
    if (entry.holders > 0 || this.entries.get(id) !== entry) return
    this.entries.delete(id)
    document.destroy('The document was unloaded.')
  }
}

function isClientOwner(origin: unknown): origin is ClientOwner {
  return (
    typeof origin === 'object' &&
    origin !== null &&
    'principalId' in origin &&
    'supersede' in origin
  )
}

function publishPresenceOf(
  document: LiveDocument,
  channel: DocumentChannel,
  clientIds: number[],
  principalId: string | null,
): void {
  channel.publish({
    kind: 'awareness',
    update: encodeAwarenessUpdate(document.awareness, clientIds),
    clientIds,
    principalId,
  })
}
