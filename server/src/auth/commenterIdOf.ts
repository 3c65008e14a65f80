import { createHash } from 'node:crypto'

/**
 * The id a person's comments carry in one document: everyone with the document reads it, and
 * the client is never told account or invitation ids, so it is derived from both, one way.
 */
export function commenterIdOf(principalId: string, documentId: string): string {
  return createHash('sha256')
    .update(`${documentId}\n${principalId}`)
    .digest('base64url')
    .slice(0, 22)
}
