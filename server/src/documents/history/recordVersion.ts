import { randomUUID } from 'node:crypto'
import * as Y from 'yjs'
import type { DocumentStore, StoredVersion, VersionKind } from '../../persistence/DocumentStore'
import { serverPrincipal } from '../ClientIdOwnership'
import type { LiveDocument } from '../LiveDocument'
import type { WatchedRoot } from './EditLog'
import { encodeDeletions } from './encodeDeletions'

export interface VersionRequest {
  kind: VersionKind
  name: string | null
  /** The principal who asked for it; null for the server's own checkpoints. */
  createdBy: string | null
}

/**
 * Records a version of a live document: a snapshot taken in the document's queue, so it holds
 * only what is stored, with who edited and who deleted what since the previous version.
 */
export async function recordVersion(
  document: LiveDocument,
  store: DocumentStore,
  { kind, name, createdBy }: VersionRequest,
): Promise<StoredVersion> {
  let taken: { snapshot: Y.Snapshot; edits: ReturnType<LiveDocument['edits']['take']> } | undefined
  // Resolves once everything before the snapshot is stored; a failed save rejects it.
  await document.applyServerChange((doc) => {
    taken = { snapshot: Y.snapshot(doc), edits: document.edits.take() }
  })
  if (!taken) throw new Error('The version could not be taken.')
  const { snapshot, edits } = taken
  const last = (await store.listVersionSummaries(document.id)).at(-1)
  // Only the last version's snapshot is needed: what changed since it.
  const previous = last && (await store.getVersion(document.id, last.id))
  const previousVector = previous
    ? Y.decodeSnapshot(previous.snapshot).sv
    : new Map<number, number>()
  // Writers of new text are known durably from their client ids; deleters from the edit log.
  const authors = new Set(edits.editors)
  for (const [clientId, clock] of snapshot.sv) {
    const since = previousVector.get(clientId) ?? 0
    if (clock <= since || !wroteInto(document.doc, clientId, since, document.edits.watched))
      continue
    const principalId = document.clientIds.principalOf(clientId)
    if (principalId !== undefined) authors.add(principalId)
  }
  authors.delete(serverPrincipal)
  const version: StoredVersion = {
    id: randomUUID(),
    documentId: document.id,
    name,
    kind,
    status: document.workflow.status,
    createdAt: new Date().toISOString(),
    createdBy,
    authors: [...authors],
    snapshot: Y.encodeSnapshot(snapshot),
    deletions: encodeDeletions(edits.deletions),
  }
  await store.addVersion(version)
  return version
}

/** Whether a client's items from clock `since` on include any in the watched roots (not comments). */
function wroteInto(
  doc: Y.Doc,
  clientId: number,
  since: number,
  watched: readonly WatchedRoot[],
): boolean {
  const structs = doc.store.clients.get(clientId) ?? []
  for (let index = structs.length - 1; index >= 0; index--) {
    const struct = structs[index]
    if (!struct || struct.id.clock + struct.length <= since) break
    if (!(struct instanceof Y.Item)) continue
    let type = struct.parent as Y.AbstractType<unknown> | null
    while (type?._item) type = type._item.parent as Y.AbstractType<unknown> | null
    if (type && watched.includes(type)) return true
  }
  return false
}
