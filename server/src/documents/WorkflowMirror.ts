import type { WorkflowStatus } from '@minutes/permissions'
import { WORKFLOW_MAP_NAME } from '@minutes/schema'
import type * as Y from 'yjs'

/** Makes a change of the server's own through the document's queue: stored before it is sent. */
export type ServerWrite = (change: (doc: Y.Doc) => void) => Promise<void>

/**
 * The workflow status of a live document: the one every incoming update is judged under, and
 * its mirror in the doc that shows it to every client. Only the server writes the mirror, and
 * it stores what it writes like any other update, so a client that sends it back is not refused.
 */
export class WorkflowMirror {
  constructor(
    private current: WorkflowStatus,
    private readonly doc: Y.Doc,
    private readonly write: ServerWrite,
  ) {}

  get status(): WorkflowStatus {
    return this.current
  }

  /** Judges updates under `status` from now on, and shows it to every client through the doc. */
  set(status: WorkflowStatus): Promise<void> {
    this.current = status
    return this.show()
  }

  /** Writes the status into the doc unless the doc shows it already (a status set while the document was not in memory). */
  show(): Promise<void> {
    if (this.doc.getMap(WORKFLOW_MAP_NAME).get('status') === this.current) return Promise.resolve()
    return this.write((doc) => doc.getMap(WORKFLOW_MAP_NAME).set('status', this.current))
  }
}
