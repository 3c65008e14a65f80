import { randomBytes } from 'node:crypto'

const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789'
const pattern = /^[A-Za-z0-9_-]{1,64}$/

/** A new unguessable document id, safe in URLs (about 75 bits). */
export function createDocumentId(): string {
  return [...randomBytes(15)].map((byte) => alphabet[byte % alphabet.length]).join('')
}

export function isDocumentId(value: string): boolean {
  return pattern.test(value)
}
