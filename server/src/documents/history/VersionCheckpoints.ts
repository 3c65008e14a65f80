import type { Logger } from '../../logger'
import type { DocumentStore, StoredVersion } from '../../persistence/DocumentStore'
import type { DocumentObserver } from '../DocumentRegistry'
import type { LiveDocument } from '../LiveDocument'
import { recordVersion, type VersionRequest } from './recordVersion'

export interface CheckpointOptions {
  /** At most one automatic checkpoint this far apart while people edit. */
  intervalMs: number
  logger: Logger
}

const automatic: VersionRequest = { kind: 'automatic', name: null, createdBy: null }

/**
 * Records versions of live documents: automatic checkpoints while people edit (a first one when
 * a document without any is loaded, then at most one per interval of editing, and one when it
 * leaves memory with edits not in a version yet), and the versions others ask for.
 */
export class VersionCheckpoints implements DocumentObserver {
  /** When each loaded document's last version was made (ms since the epoch). */
  private readonly lastAt = new Map<string, number>()

  constructor(
    private readonly store: DocumentStore,
    private readonly options: CheckpointOptions,
  ) {}

  /** Records a version now, and counts it as the latest for the automatic ones. */
  async record(document: LiveDocument, request: VersionRequest): Promise<StoredVersion> {
    const version = await recordVersion(document, this.store, request)
    this.lastAt.set(document.id, Date.parse(version.createdAt))
    return version
  }

  loaded(document: LiveDocument): void {
    const start = async () => {
      const last = (await this.store.listVersionSummaries(document.id)).at(-1)
      if (document.isDestroyed) return
      if (last) this.lastAt.set(document.id, Date.parse(last.createdAt))
      else await this.record(document, automatic)
      document.onUpdate(() => this.edited(document))
    }
    start().catch((error: unknown) =>
      this.options.logger.error(`document ${document.id}: the first version failed`, error),
    )
  }

  async unloading(document: LiveDocument): Promise<void> {
    try {
      if (document.edits.hasEdits) await this.record(document, automatic)
    } catch (error) {
      this.options.logger.error(`document ${document.id}: the last checkpoint failed`, error)
    } finally {
      this.lastAt.delete(document.id)
    }
  }

  private edited(document: LiveDocument): void {
    const last = this.lastAt.get(document.id)
    if (last === undefined || !document.edits.hasEdits) return
    if (Date.now() - last < this.options.intervalMs) return
    // Counted at once, so the edits arriving while it is recorded do not start another.
    this.lastAt.set(document.id, Date.now())
    this.record(document, automatic).catch((error: unknown) =>
      this.options.logger.error(`document ${document.id}: a checkpoint failed`, error),
    )
  }
}
