import * as Y from 'yjs'
import type { PersonDeletions } from './EditLog'

/** Each person's deletions as one stored value: JSON of principal ids and encoded delete sets. */
export function encodeDeletions(deletions: readonly PersonDeletions[]): Uint8Array {
  const entries = deletions.map(({ principalId, deletions }) => ({
    principalId,
    deletions: Buffer.from(Y.encodeSnapshot(Y.createSnapshot(deletions, new Map()))).toString(
      'base64',
    ),
  }))
  return new TextEncoder().encode(JSON.stringify(entries))
}

/** The reverse of encodeDeletions; what cannot be read counts as nobody's deletions. */
export function decodeDeletions(encoded: Uint8Array): PersonDeletions[] {
  try {
    const entries = JSON.parse(new TextDecoder().decode(encoded)) as unknown
    if (!Array.isArray(entries)) return []
    return entries.flatMap((entry: { principalId?: unknown; deletions?: unknown }) =>
      typeof entry.principalId === 'string' && typeof entry.deletions === 'string'
        ? [
            {
              principalId: entry.principalId,
              deletions: Y.decodeSnapshot(Buffer.from(entry.deletions, 'base64')).ds,
            },
          ]
        : [],
    )
  } catch {
    return []
  }
}

/** Who deleted the character with `id`, among `deletions`. */
export function deleterOf(deletions: readonly PersonDeletions[], id: Y.ID): string | undefined {
  return deletions.find(({ deletions }) => Y.isDeleted(deletions, id))?.principalId
}
