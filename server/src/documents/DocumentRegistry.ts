import type { WorkflowStatus } from '@minutes/permissions'
import type { Logger } from '../logger'
import {
  type DocumentMeta,
  DocumentNotFoundError,
  type DocumentStore,
} from '../persistence/DocumentStore'
import { LiveDocument } from './LiveDocument'

export interface DocumentRegistryOptions {
  unloadDelayMs: number
  compactAfterUpdates: number
  logger: Logger
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

  /** Throws DocumentNotFoundError for unknown ids, and any load failure as it is. */
  async acquire(id: string): Promise<DocumentLease> {
    let entry = this.entries.get(id)
    if (!entry) {
      entry = { loading: this.load(id), holders: 0 }
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
    if (meta) await this.entries.get(id)?.document?.workflow.set(status)
    return meta
  }

  private async load(id: string): Promise<LiveDocument> {
    const meta = await this.store.getDocument(id)
    if (!meta) throw new DocumentNotFoundError(id)
    return LiveDocument.load(meta, this.store, {
      compactAfterUpdates: this.options.compactAfterUpdates,
      onBroken: (document, error) => {
        this.options.logger.error(`document ${id}: a change could not be saved`, error)
        this.evict(id, document)
      },
      onCompactionFailed: (_document, error) =>
        this.options.logger.error(`document ${id}: compaction failed`, error),
      onListenerFailed: (_document, error) =>
        this.options.logger.error(`document ${id}: passing an update on failed`, error),
    })
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
    // Never unload with a write in flight: the save finishes first.
    await document.whenDurable()
    if (entry.holders > 0 || this.entries.get(id) !== entry) return
    this.entries.delete(id)
    document.destroy('The document was unloaded.')
  }
}
