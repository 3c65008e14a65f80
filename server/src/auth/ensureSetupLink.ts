import type { Logger } from '../logger'
import type { AuthStore } from './AuthStore'
import { createToken, hashToken } from './createToken'

const setupLinkHours = 24

/**
 * While no account exists, prints a one-time link to create the first one (a new link at each
 * start, valid for a day) and returns it; once one exists, does nothing.
 */
export async function ensureSetupLink(
  store: AuthStore,
  publicUrl: string,
  logger: Logger,
  now: Date = new Date(),
): Promise<string | undefined> {
  if ((await store.countAccounts()) > 0) return undefined
  const token = createToken()
  await store.createSetupToken({
    tokenHash: hashToken(token),
    expiresAt: new Date(now.getTime() + setupLinkHours * 3_600_000).toISOString(),
  })
  const url = `${publicUrl}/setup?token=${token}`
  logger.info(`Create the first secretariat account: ${url}`)
  return url
}
