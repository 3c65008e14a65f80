import * as Y from 'yjs'

/** One change a flush applied, with the origin it was applied under. */
export interface AppliedChange {
  update: Uint8Array
  origin: unknown
}

/**
 * Everything one flush made durable, announced once to every listener: each connection sends
 * one message per flush, not one per update, and connections that want the same bytes get the
 * very same array (so they are encoded once too).
 */
export class Broadcast {
  private readonly merged = new Map<unknown, Uint8Array | undefined>()
  private everything: Uint8Array | undefined

  /** `merged`: all of `changes` as one update, when the flush has merged them already. */
  constructor(
    readonly changes: readonly AppliedChange[],
    merged?: Uint8Array,
  ) {
    this.everything = merged
  }

  /** The origins of the flush's changes, in order. */
  get origins(): unknown[] {
    return this.changes.map(({ origin }) => origin)
  }

  /**
   * The flush's changes as one update, leaving out those applied under `origin` (a connection
   * is not sent back its own edits); undefined when nothing is left.
   */
  updateFor(origin: unknown): Uint8Array | undefined {
    if (!this.changes.some((change) => change.origin === origin)) {
      this.everything ??= merge(this.changes)
      return this.everything
    }
    if (!this.merged.has(origin)) {
      const others = this.changes.filter((change) => change.origin !== origin)
      this.merged.set(origin, others.length > 0 ? merge(others) : undefined)
    }
    return this.merged.get(origin)
  }
}

function merge(changes: readonly AppliedChange[]): Uint8Array {
  // A flush of one change, the common case, costs no merge.
  return changes.length === 1
    ? changes[0]!.update
    : Y.mergeUpdates(changes.map(({ update }) => update))
}
