import type { AuditTrail } from '@minutes/protocol'
import type { Logger } from '../logger'
import type { DocumentStore } from '../persistence/DocumentStore'

/** What the audit trail records. */
export type AuditKind =
  | 'joined'
  | 'status-changed'
  | 'invited'
  | 'revoked'
  | 'version-named'
  | 'restored'
  | 'exported'
  | 'correction-accepted'
  | 'correction-reverted'

/** Who did it, as the server knew them then. */
export interface AuditActor {
  id: string
  name: string
}

/** Joining is recorded once per person and document in this long, not at every reconnect. */
const joinedEveryMs = 60 * 60 * 1000

/**
 * Each document's audit trail: who joined, changed the status, invited or revoked whom, named
 * or restored a version, exported what, and when. Recording never fails the action it records:
 * a store that cannot take the event is logged.
 */
export class AuditLog {
  private readonly lastJoined = new Map<string, number>()

  constructor(
    private readonly store: DocumentStore,
    private readonly logger: Logger,
  ) {}

  async record(
    documentId: string,
    actor: AuditActor,
    kind: AuditKind,
    detail: string,
  ): Promise<void> {
    try {
      await this.store.addAuditEvent(documentId, {
        at: new Date().toISOString(),
        actorId: actor.id,
        actorName: actor.name,
        kind,
        detail,
      })
    } catch (error) {
      this.logger.error(`document ${documentId}: the audit trail missed "${kind}"`, error)
    }
  }

  /** A person opened the document (a live connection). */
  async joined(documentId: string, actor: AuditActor, role: string): Promise<void> {
    const key = `${documentId}\n${actor.id}`
    const now = Date.now()
    if (now - (this.lastJoined.get(key) ?? Number.NEGATIVE_INFINITY) < joinedEveryMs) return
    this.lastJoined.set(key, now)
    if (this.lastJoined.size > 10_000) this.forgetOldJoins(now)
    await this.record(documentId, actor, 'joined', `Opened the minutes as ${role}.`)
  }

  async list(documentId: string): Promise<AuditTrail> {
    const events = await this.store.listAuditEvents(documentId)
    return {
      events: events.map(({ at, actorName, kind, detail }) => ({
        at,
        actor: actorName,
        kind,
        detail,
      })),
    }
  }

  private forgetOldJoins(now: number): void {
    for (const [key, at] of this.lastJoined) {
      if (now - at >= joinedEveryMs) this.lastJoined.delete(key)
    }
  }
}
