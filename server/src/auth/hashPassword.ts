import { hash, verify } from '@node-rs/argon2'

/** Argon2id (the library's default) at the OWASP baseline: 19 MiB and two passes per guess. */
const options = {
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const

/** A self-describing Argon2id hash (salt and parameters included) to store for a password. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, options)
}

let decoyHash: Promise<string> | undefined

/**
 * Whether `password` matches `passwordHash`. Without a hash (no such account) it still spends
 * the time of a real check, so response times do not tell which emails have accounts.
 */
export async function verifyPassword(
  passwordHash: string | undefined,
  password: string,
): Promise<boolean> {
  if (passwordHash === undefined) {
    decoyHash ??= hashPassword('a password that no account has')
    await verify(await decoyHash, password)
    return false
  }
  return verify(passwordHash, password)
}
