import { type DocumentAccess, isLocked, type WorkflowStatus } from '@minutes/permissions'
import type { VersionChanges, VersionList, VersionView } from '@minutes/protocol'
import { CONTENT_FRAGMENT_NAME, PEOPLE_MAP_NAME } from '@minutes/schema'
import * as Y from 'yjs'
import type { AuthStore } from '../auth/AuthStore'
import { describePrincipal, type PersonLabel } from '../auth/describePrincipal'
import type { DocumentRegistry } from '../documents/DocumentRegistry'
import { compareSnapshots } from '../documents/history/compareSnapshots'
import { decodeDeletions, deleterOf } from '../documents/history/encodeDeletions'
import { loadHistory } from '../documents/history/loadHistory'
import { revertToSnapshot } from '../documents/history/revertToSnapshot'
import type { VersionCheckpoints } from '../documents/history/VersionCheckpoints'
import { type LiveDocument, UpdateRefusedError } from '../documents/LiveDocument'
import { readContent, type StoredMinutes } from '../documents/readMinutes'
import {
  DocumentNotFoundError,
  type DocumentStore,
  type StoredVersion,
  signOffsAt,
  type VersionSummary,
} from '../persistence/DocumentStore'
import { judgeUpdate } from '../sync/judgeUpdate'
import type { AuditActor, AuditLog } from './AuditLog'
import type { CommentJudging } from './writeCommentsAs'

/** No such version of this document. */
export class VersionNotFoundError extends Error {
  override name = 'VersionNotFoundError'
  constructor() {
    super('There is no such version of these minutes.')
  }
}

/** A restore the workflow or the rules do not allow now; the message says why. */
export class RestoreRefusedError extends Error {
  override name = 'RestoreRefusedError'
}

export interface HistoryWriter extends AuditActor {
  access: DocumentAccess
}

export interface VersionHistoryDependencies {
  registry: DocumentRegistry
  store: DocumentStore
  authStore: AuthStore
  checkpoints: VersionCheckpoints
  judging: CommentJudging
  audit: AuditLog
}

/** What "current" in a comparison stands for: the minutes as they are now. */
export const currentVersion = 'current'

/**
 * The versions of the minutes: list them, name one, read one, compare two (or one with now) with
 * who changed what, and restore one as a new change through the live document's queue and judge.
 */
export class VersionHistory {
  constructor(private readonly deps: VersionHistoryDependencies) {}

  async list(documentId: string): Promise<VersionList> {
    const versions = await this.deps.store.listVersionSummaries(documentId)
    const describe = this.describer()
    return { versions: await Promise.all(versions.map((version) => this.view(version, describe))) }
  }

  /** A named version of the minutes as they are now. */
  async name(documentId: string, actor: AuditActor, name: string): Promise<string> {
    const lease = await this.deps.registry.acquire(documentId)
    try {
      const version = await this.deps.checkpoints.record(lease.document, {
        kind: 'named',
        name,
        createdBy: actor.id,
      })
      await this.deps.audit.record(documentId, actor, 'version-named', `Named a version "${name}".`)
      return version.id
    } finally {
      lease.release()
    }
  }

  /** The content and people register of a version, as exports take them. */
  async read(
    documentId: string,
    versionId: string,
  ): Promise<StoredMinutes & { version: StoredVersion }> {
    const meta = await this.deps.store.getDocument(documentId)
    if (!meta) throw new DocumentNotFoundError(documentId)
    const version = await this.find(documentId, versionId)
    const history = await loadHistory(this.deps.store, documentId)
    const then = new Y.Doc({ gc: false })
    try {
      Y.createDocFromSnapshot(history, Y.decodeSnapshot(version.snapshot), then)
      // Sign-offs print only on a version of approved or published minutes.
      const signOffs = signOffsAt(version.status, meta)
      return {
        meta: { ...meta, ...signOffs, status: version.status },
        ...readContent(then),
        version,
      }
    } finally {
      then.destroy()
      history.destroy()
    }
  }

  /** What changed from version `fromId` to `toId` (or `current`), by whom. */
  async compare(documentId: string, fromId: string, toId: string): Promise<VersionChanges> {
    const summaries = await this.deps.store.listVersionSummaries(documentId)
    const indexOf = (id: string) => {
      const index =
        id === currentVersion ? summaries.length : summaries.findIndex((v) => v.id === id)
      if (index === -1) throw new VersionNotFoundError()
      return index
    }
    const [fromIndex, toIndex] = [indexOf(fromId), indexOf(toId)]
    const [low, high] = [Math.min(fromIndex, toIndex), Math.max(fromIndex, toIndex)]
    const isNowCompared = high === summaries.length
    // Only the compared run's snapshots are loaded: `run[index - low]` is the version at `index`.
    const [first, last] = [summaries[low], summaries[Math.min(high, summaries.length - 1)]]
    const run =
      first && last
        ? await this.deps.store.listVersions(documentId, { from: first.id, to: last.id })
        : []
    const lease = await this.deps.registry.acquire(documentId)
    try {
      const document = lease.document
      await document.whenDurable()
      await catchUpTo(document, run)
      const snapshotAt = (index: number) => {
        const version = run[index - low]
        return version ? Y.decodeSnapshot(version.snapshot) : Y.snapshot(document.doc)
      }
      // Deletions are known per version; those since the last one from the live document.
      const deletions = run.slice(1).flatMap((v) => decodeDeletions(v.deletions))
      if (isNowCompared) deletions.push(...document.edits.peek().deletions)
      const changes = compareSnapshots(
        document.doc.getXmlFragment(CONTENT_FRAGMENT_NAME),
        snapshotAt(fromIndex),
        snapshotAt(toIndex),
        {
          inserterOf: (clientId) => document.clientIds.principalOf(clientId),
          deleterOf: (id) => deleterOf(deletions, id),
        },
      )
      const describe = this.describer()
      return {
        changes: await Promise.all(
          changes.map(async ({ kind, text, author }) => ({
            kind,
            text,
            author: author === null ? null : await describe(author),
          })),
        ),
      }
    } finally {
      lease.release()
    }
  }

  /**
   * Makes the content and people register equal to a version again with a new change, judged
   * as any other write and received live by everyone connected; the restore is itself a version.
   */
  async restore(documentId: string, versionId: string, writer: HistoryWriter): Promise<string> {
    const version = await this.find(documentId, versionId)
    const lease = await this.deps.registry.acquire(documentId)
    const owner = { principalId: writer.id, supersede: () => {} }
    const document = lease.document
    try {
      const status = document.workflow.status
      if (isLocked(status)) {
        throw new RestoreRefusedError(
          `The minutes are ${status} and read-only: reopen them as a draft to restore a version.`,
        )
      }
      await document.whenDurable()
      await catchUpTo(document, [version])
      const revert = revertToSnapshot(document.doc, Y.decodeSnapshot(version.snapshot), {
        fragments: [CONTENT_FRAGMENT_NAME],
        maps: [PEOPLE_MAP_NAME],
      })
      if (revert) {
        await document.submitUpdate(revert.update, owner, (doc) => {
          const refusal = judgeUpdate(doc, Y.decodeUpdate(revert.update), {
            ...this.deps.judging,
            access: writer.access,
            status: document.workflow.status,
          })
          if (refusal !== undefined) return refusal
          return document.clientIds.claimClients([revert.clientId], owner)
            ? undefined
            : 'This change uses an editor id that belongs to someone else.'
        })
      }
      const label = labelOf(version)
      const restored = await this.deps.checkpoints.record(document, {
        kind: 'restore',
        name: `Restored: ${label}`,
        createdBy: writer.id,
      })
      await this.deps.audit.record(
        documentId,
        writer,
        'restored',
        `Restored the version "${label}".`,
      )
      return restored.id
    } catch (error) {
      if (error instanceof UpdateRefusedError) throw new RestoreRefusedError(error.message)
      throw error
    } finally {
      document.clientIds.release(owner)
      lease.release()
    }
  }

  /** A status change is a version, named after the status, and an entry in the audit trail. */
  async statusChanged(
    documentId: string,
    status: WorkflowStatus,
    actor: AuditActor,
  ): Promise<void> {
    const lease = await this.deps.registry.acquire(documentId)
    try {
      await this.deps.checkpoints.record(lease.document, {
        kind: 'status',
        name: statusVersionNames[status],
        createdBy: actor.id,
      })
    } finally {
      lease.release()
    }
    await this.deps.audit.record(
      documentId,
      actor,
      'status-changed',
      `Set the status to ${status}.`,
    )
  }

  /** A version as the API shows it. */
  describe(version: StoredVersion): Promise<VersionView> {
    return this.view(version, this.describer())
  }

  private async find(documentId: string, versionId: string): Promise<StoredVersion> {
    const version = await this.deps.store.getVersion(documentId, versionId)
    if (!version) {
      if (!(await this.deps.store.getDocument(documentId))) {
        throw new DocumentNotFoundError(documentId)
      }
      throw new VersionNotFoundError()
    }
    return version
  }

  private async view(
    version: VersionSummary,
    describe: (id: string) => Promise<PersonLabel>,
  ): Promise<VersionView> {
    return {
      id: version.id,
      name: version.name,
      kind: version.kind,
      status: version.status,
      createdAt: version.createdAt,
      createdBy: version.createdBy === null ? null : await describe(version.createdBy),
      authors: await Promise.all(version.authors.map(describe)),
    }
  }

  /** Names principals, each looked up once per answer. */
  private describer(): (id: string) => Promise<PersonLabel> {
    const known = new Map<string, Promise<PersonLabel>>()
    return (id) => {
      let label = known.get(id)
      if (!label) {
        label = describePrincipal(this.deps.authStore, id)
        known.set(id, label)
      }
      return label
    }
  }
}

/**
 * A version made by another server process may hold edits this one has not received yet: read
 * the store again before rebuilding it from the live document.
 */
export async function catchUpTo(
  document: LiveDocument,
  versions: readonly StoredVersion[],
): Promise<void> {
  const isBehind = versions.some((version) =>
    [...Y.decodeSnapshot(version.snapshot).sv].some(
      ([clientId, clock]) => Y.getState(document.doc.store, clientId) < clock,
    ),
  )
  if (isBehind) await document.catchUp()
}

const statusVersionNames: Record<WorkflowStatus, string> = {
  draft: 'Reopened as a draft',
  circulated: 'Circulated',
  approved: 'Approved',
  published: 'Published',
}

/** How a version is called in messages: its name, or its time. */
export function labelOf(version: Pick<StoredVersion, 'name' | 'createdAt'>): string {
  return version.name ?? `Checkpoint of ${version.createdAt.slice(0, 16).replace('T', ' ')} UTC`
}
