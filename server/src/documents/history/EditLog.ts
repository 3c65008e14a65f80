import * as Y from 'yjs'

export type DeleteSet = ReturnType<typeof Y.createDeleteSet>

/** A root of the document (a Yjs shared type) whose changes count as edits. */
export type WatchedRoot = object

/** What one person deleted since the last version. */
export interface PersonDeletions {
  principalId: string
  deletions: DeleteSet
}

/** Who edited, and who deleted what, since the last version. */
export interface EditsSinceVersion {
  editors: string[]
  deletions: PersonDeletions[]
}

/**
 * Who changed a live document since its last version. Yjs names the writer of every insertion
 * (its client id, bound to a person) but not who deleted what: this keeps that, per person, from
 * the origin of each change that touched the watched roots (content and people, not comments).
 */
export class EditLog {
  private editors = new Set<string>()
  private deletions = new Map<string, DeleteSet[]>()

  constructor(
    doc: Y.Doc,
    /** The roots whose changes count as edits. */
    readonly watched: readonly WatchedRoot[],
  ) {
    doc.on('afterTransaction', (transaction) => this.record(transaction))
  }

  get hasEdits(): boolean {
    return this.editors.size > 0
  }

  /** What was recorded so far, leaving it recorded. */
  peek(): EditsSinceVersion {
    return {
      editors: [...this.editors],
      deletions: [...this.deletions].map(([principalId, sets]) => ({
        principalId,
        deletions: Y.mergeDeleteSets(sets),
      })),
    }
  }

  /** What was recorded so far; the next version starts from nothing. */
  take(): EditsSinceVersion {
    const edits = this.peek()
    this.editors = new Set()
    this.deletions = new Map()
    return edits
  }

  private record(transaction: Y.Transaction): void {
    const principalId = principalOf(transaction.origin)
    if (principalId === undefined) return
    const changed = [...transaction.changedParentTypes.keys()]
    if (!changed.some((type) => this.watched.includes(type))) return
    this.editors.add(principalId)
    if (transaction.deleteSet.clients.size === 0) return
    const sets = this.deletions.get(principalId) ?? []
    // Copied: Yjs reuses the transaction's set.
    sets.push(Y.mergeDeleteSets([transaction.deleteSet]))
    // Merged as they pile up, so a long stretch of typing keeps one set a person, not thousands.
    this.deletions.set(principalId, sets.length > 64 ? [Y.mergeDeleteSets(sets)] : sets)
  }
}

/** The person behind a change: connections and API writers carry one; the server's own and other processes' do not. */
function principalOf(origin: unknown): string | undefined {
  if (typeof origin !== 'object' || origin === null || !('principalId' in origin)) return undefined
  const { principalId } = origin as { principalId: unknown }
  return typeof principalId === 'string' ? principalId : undefined
}
