/** An open connection as far as its credentials go: it can only be ended, with a reason. */
export interface LiveConnection {
  end(reason: string): void
}

/** What the connection was let in with; each part, when it ends, ends the connection. */
export interface ConnectionCredentials {
  invitationId?: string | undefined
  /** The signed-in browser session (see Principal.sessionId). */
  sessionId?: string | undefined
  /** Milliseconds since the epoch at which the credentials stop working. */
  expiresAt?: number | undefined
}

export interface LiveConnectionsOptions {
  now?: () => number
}

/** setTimeout fires at once past this (about 24.8 days): longer waits are taken in steps. */
const maxTimerMs = 2 ** 31 - 1

interface Entry {
  connection: LiveConnection
  credentials: ConnectionCredentials
  timer: ReturnType<typeof setTimeout> | undefined
}

/**
 * The open connections by what let them in, so that a connection loses its access the moment
 * its credentials do: when its invitation is revoked or expires, when its session signs out or
 * expires. Credentials are checked when a connection opens; this covers the time after.
 */
export class LiveConnections {
  private readonly entries = new Set<Entry>()
  private readonly now: () => number

  constructor({ now = Date.now }: LiveConnectionsOptions = {}) {
    this.now = now
  }

  /** Tracks a connection until the returned function is called (when it closes). */
  add(connection: LiveConnection, credentials: ConnectionCredentials): () => void {
    const entry: Entry = { connection, credentials, timer: undefined }
    this.entries.add(entry)
    this.scheduleExpiry(entry)
    return () => this.remove(entry)
  }

  endInvitation(invitationId: string, reason: string): void {
    this.endWhere((credentials) => credentials.invitationId === invitationId, reason)
  }

  endSession(sessionId: string, reason: string): void {
    this.endWhere((credentials) => credentials.sessionId === sessionId, reason)
  }

  get size(): number {
    return this.entries.size
  }

  private endWhere(matches: (credentials: ConnectionCredentials) => boolean, reason: string) {
    for (const entry of [...this.entries]) {
      if (matches(entry.credentials)) this.end(entry, reason)
    }
  }

  private scheduleExpiry(entry: Entry): void {
    const { expiresAt, invitationId } = entry.credentials
    if (expiresAt === undefined) return
    const remainingMs = expiresAt - this.now()
    if (remainingMs <= 0) {
      const what = invitationId === undefined ? 'Your session has' : 'Your invitation has'
      this.end(entry, `${what} expired. Sign in, or ask the secretariat for a new link.`)
      return
    }
    entry.timer = setTimeout(() => this.scheduleExpiry(entry), Math.min(remainingMs, maxTimerMs))
    entry.timer.unref?.()
  }

  private end(entry: Entry, reason: string): void {
    this.remove(entry)
    entry.connection.end(reason)
  }

  private remove(entry: Entry): void {
    clearTimeout(entry.timer)
    this.entries.delete(entry)
  }
}
