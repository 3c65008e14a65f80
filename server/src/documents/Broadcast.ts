import * as Y from 'yjs'

/** One change a flush applied, with the origin it was applied under. */
export interface AppliedChange {
  update: Uint8Array
  origin: unknown
}

/**
 * Everything one flush made durable, announced once to every listener: each connection sends
 * one message per flush, not one per update, and every connection that gets something gets the
 * very same array (so it is encoded and framed once too).
 */
export class Broadcast {
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
   * The flush's changes as one update for the connection `origin`; undefined when it wrote all of
   * them. A connection that wrote some of them gets them back with the rest: Yjs skips what a
   * client has, and one merge a flush is far less than a merge for each of its writers (with ten
   * writers typing, those merges were most of the server's time).
   */
  updateFor(origin: unknown): Uint8Array | undefined {
    if (this.changes.every((change) => change.origin === origin)) return undefined
    this.everything ??= merge(this.changes)
    return this.everything
  }
}

function merge(changes: readonly AppliedChange[]): Uint8Array {
  // A flush of one change, the common case, costs no merge.
  return changes.length === 1
    ? changes[0]!.update
    : Y.mergeUpdates(changes.map(({ update }) => update))
}
