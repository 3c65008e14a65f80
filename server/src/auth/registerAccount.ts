import type { Account, AuthStore } from './AuthStore'
import { hashToken } from './createToken'
import { hashPassword } from './hashPassword'

/** Checked and trimmed by `@minutes/protocol`'s `NewAccount` or `SetupInput` before it comes here. */
export interface AccountInput {
  name: string
  email: string
  password: string
}

/**
 * Creates a secretariat account. With a setup token it creates the first account only,
 * spending the token (SetupRefusedError otherwise); without, it is the command line's way.
 */
export async function registerAccount(
  store: AuthStore,
  { name, email, password }: AccountInput,
  setup?: { token: string; now: Date },
): Promise<Account> {
  const account = { name, email, passwordHash: await hashPassword(password) }
  return setup
    ? store.createFirstAccount(account, hashToken(setup.token), setup.now)
    : store.createAccount(account)
}
