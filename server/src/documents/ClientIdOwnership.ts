import type { ClientIdBinding } from '../persistence/DocumentStore'

/** A connection that writes with some Yjs client ids. */
export interface ClientOwner {
  /** Who is behind the connection; connections of the same person may hand ids over. */
  readonly principalId: string | undefined
  /** Ends this connection because a newer one of the same person took over its ids. */
  supersede(): void
}

/** The principal of changes the server writes itself (the workflow mirror): nobody else's. */
export const serverPrincipal = 'server:'

interface Owner {
  principalId: string | undefined
  connection?: ClientOwner
  /** Known only from another process's presence: the store does not have it yet. */
  isPresenceOnly?: boolean
}

/**
 * Who writes with each Yjs client id of one document: the person, and their connection while it
 * is open. A client chooses its own id, so without this anyone could write with someone else's
 * clocks; bindings outlive connections and restarts, so nobody may write with another person's
 * id even after that person has left, and an id the document already holds without a known
 * writer is nobody's to take.
 */
export class ClientIdOwnership {
  private readonly owners = new Map<number, Owner>()
  private unsaved: ClientIdBinding[] = []

  /**
   * @param saved the bindings the store kept.
   * @param isUsed whether the document already holds edits with a client id.
   */
  constructor(
    saved: Iterable<ClientIdBinding>,
    private readonly isUsed: (clientId: number) => boolean,
  ) {
    for (const { clientId, principalId } of saved) {
      this.owners.set(clientId, { principalId: principalId ?? undefined })
    }
  }

  /**
   * Binds client ids to the connection writing with them, refusing ids another person has used.
   * A person's new connection takes their ids from an old one the server has not yet seen drop
   * (a browser that lost its network reconnects first), and the old one is ended.
   */
  claimClients(clientIds: Iterable<number>, owner: ClientOwner): boolean {
    const ids = [...clientIds]
    const stale = new Set<ClientOwner>()
    for (const id of ids) {
      const current = this.owners.get(id)
      if (!current) {
        if (this.isUsed(id)) return false
        continue
      }
      if (current.connection === owner) continue
      if (!isSamePerson(current, owner)) return false
      if (current.connection) stale.add(current.connection)
    }
    for (const id of ids) this.bind(id, owner)
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
    const current = this.owners.get(clientId)
    if (current?.connection === owner) return true
    if (isLeaving) return false
    if (current) {
      const isOwnFromBefore = current.connection === undefined && isSamePerson(current, owner)
      if (!isOwnFromBefore) return false
    } else if (this.isUsed(clientId)) {
      return false
    }
    this.bind(clientId, owner)
    return true
  }

  /**
   * Takes on bindings another process made: unknown ids only. Bindings from its presence are
   * not in the store, and are saved when someone here first writes with them.
   */
  adopt(bindings: Iterable<ClientIdBinding>, { isPresenceOnly = false } = {}): void {
    for (const { clientId, principalId } of bindings) {
      const current = this.owners.get(clientId)
      if (current && !(current.isPresenceOnly && !isPresenceOnly)) continue
      this.owners.set(clientId, {
        principalId: principalId ?? undefined,
        ...(current?.connection ? { connection: current.connection } : {}),
        ...(isPresenceOnly ? { isPresenceOnly } : {}),
      })
    }
  }

  /** Records that the server itself writes with `clientId`. */
  claimForServer(clientId: number): void {
    if (this.owners.has(clientId)) return
    this.owners.set(clientId, { principalId: serverPrincipal })
    this.unsaved.push({ clientId, principalId: serverPrincipal })
  }

  /** The person who writes with `clientId`, if known. */
  principalOf(clientId: number): string | undefined {
    return this.owners.get(clientId)?.principalId
  }

  /** The open connection writing with `clientId` now, if any. */
  ownerOf(clientId: number): ClientOwner | undefined {
    return this.owners.get(clientId)?.connection
  }

  /** The connection closed: its ids stay its person's. */
  release(owner: ClientOwner): void {
    for (const current of this.owners.values()) {
      if (current.connection === owner) delete current.connection
    }
  }

  /** Bindings made since the last call, for the store to keep. */
  takeUnsaved(): ClientIdBinding[] {
    const unsaved = this.unsaved
    this.unsaved = []
    return unsaved
  }

  private bind(clientId: number, owner: ClientOwner): void {
    const current = this.owners.get(clientId)
    if (!current || current.isPresenceOnly) {
      this.unsaved.push({ clientId, principalId: owner.principalId ?? null })
    }
    this.owners.set(clientId, { principalId: owner.principalId, connection: owner })
  }
}

/**
 * Whether `owner` is the person who holds an id: never for a writer with no known person, and
 * never for the server's own ids, whatever a principal is called.
 */
function isSamePerson(current: Owner, owner: ClientOwner): boolean {
  return (
    current.principalId !== undefined &&
    current.principalId !== serverPrincipal &&
    current.principalId === owner.principalId
  )
}
