import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/** A new secret for a link, a session or a setup: 256 random bits, safe in URLs and cookies. */
export function createToken(): string {
  return randomBytes(32).toString('base64url')
}

/** What is stored in place of a token: a leaked database hands out no working links. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('base64url')
}

/** Compares two secrets in time that does not depend on where they differ. */
export function isSameToken(given: string, expected: string): boolean {
  // Hashing first gives equal lengths, which timingSafeEqual needs, without leaking the length.
  return timingSafeEqual(
    createHash('sha256').update(given, 'utf8').digest(),
    createHash('sha256').update(expected, 'utf8').digest(),
  )
}
