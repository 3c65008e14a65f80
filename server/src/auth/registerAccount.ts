import type { Account, AuthStore } from './AuthStore'
import { hashToken } from './createToken'
import { hashPassword } from './hashPassword'

export interface AccountInput {
  name?: unknown
  email?: unknown
  password?: unknown
}

/** Input a person can correct; the message says how. */
export class AccountInputError extends Error {
  override name = 'AccountInputError'
}

export const minPasswordLength = 10
const maxPasswordLength = 256
const maxNameLength = 100
const maxEmailLength = 254

/**
 * Checks and creates a secretariat account. With a setup token it creates the first account
 * only, spending the token (SetupRefusedError otherwise); without, it is the command line's way.
 */
export async function registerAccount(
  store: AuthStore,
  input: AccountInput,
  setup?: { token: string; now: Date },
): Promise<Account> {
  const name = readText(input.name, 'name')
  if (name === '') throw new AccountInputError('Give the name people will see on your edits.')
  if (name.length > maxNameLength) {
    throw new AccountInputError(`The name is longer than ${maxNameLength} characters.`)
  }
  const email = readText(input.email, 'email')
  if (email === '') throw new AccountInputError('Give the email address you will sign in with.')
  if (email.length > maxEmailLength || !/^[^\s@]+@[^\s@]+$/.test(email)) {
    throw new AccountInputError(`"${email}" is not an email address.`)
  }
  const password = typeof input.password === 'string' ? input.password : undefined
  if (password === undefined) throw new AccountInputError('Choose a password.')
  if ([...password].length < minPasswordLength) {
    throw new AccountInputError(`Choose a password of at least ${minPasswordLength} characters.`)
  }
  if (password.length > maxPasswordLength) {
    throw new AccountInputError(`Choose a password of at most ${maxPasswordLength} characters.`)
  }
  if (password.trim().toLowerCase() === email.toLowerCase()) {
    throw new AccountInputError('Choose a password other than your email address.')
  }

  const account = { name, email, passwordHash: await hashPassword(password) }
  return setup
    ? store.createFirstAccount(account, hashToken(setup.token), setup.now)
    : store.createAccount(account)
}

function readText(value: unknown, field: string): string {
  if (value === undefined || value === null) return ''
  if (typeof value !== 'string') throw new AccountInputError(`The ${field} must be text.`)
  return value.trim()
}
