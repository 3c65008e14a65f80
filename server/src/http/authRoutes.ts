import { getConnInfo } from '@hono/node-server/conninfo'
import {
  type MeResponse,
  type Principal as PrincipalView,
  SetupInput,
  type SignedIn,
  SignInInput,
} from '@minutes/protocol'
import { type Context, Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { Authenticator } from '../auth/Authenticator'
import { type AuthStore, normalizeEmail } from '../auth/AuthStore'
import { commenterIdOf } from '../auth/commenterIdOf'
import { verifyPassword } from '../auth/hashPassword'
import type { Principal } from '../auth/Principal'
import { RateLimiter } from '../auth/RateLimiter'
import { registerAccount } from '../auth/registerAccount'
import { jsonBody } from './jsonBody'
import { refuseCrossOrigin } from './refuseCrossOrigin'
import { clearSessionCookie, setSessionCookie } from './sessionCookie'

export interface AuthRoutesOptions {
  store: AuthStore
  authenticator: Authenticator
  publicUrl: string
  /** Failed sign-ins per email and address; 5 in 15 minutes unless given. */
  signInLimiter?: RateLimiter
  /** Failed sign-ins per address, whatever the email: 20 in 15 minutes unless given. */
  addressLimiter?: RateLimiter
  /** The caller's address, for the sign-in limit; the socket's address unless given. */
  clientAddress?: (c: Context) => string
}

const badCredentials = 'The email or password is not right.'

/**
 * `/api/auth/*`: first-account setup, sign-in and sign-out with an httpOnly session cookie, and
 * `me` for the client to learn who it is. Mount at the root: every path here is absolute.
 */
export function authRoutes({
  store,
  authenticator,
  publicUrl,
  signInLimiter = new RateLimiter(),
  addressLimiter = new RateLimiter({ maxFailures: 20 }),
  clientAddress = socketAddress,
}: AuthRoutesOptions): Hono {
  const routes = new Hono()
  routes.use('/api/auth/*', refuseCrossOrigin(publicUrl), async (c, next) => {
    await next()
    c.header('Cache-Control', 'no-store')
  })
  routes.use(
    '/api/auth/*',
    bodyLimit({
      maxSize: 16 * 1024,
      onError: (c) => c.json({ error: 'The request body is larger than 16 KiB.' }, 413),
    }),
  )

  routes.post('/api/auth/setup', jsonBody(SetupInput), async (c) => {
    const { token, ...input } = c.req.valid('json')
    const account = await registerAccount(store, input, { token, now: new Date() })
    setSessionCookie(c, await authenticator.startSession({ account }))
    const body: SignedIn = { principal: describePrincipal(authenticator.principalOf(account)) }
    return c.json(body, 201)
  })

  routes.post('/api/auth/sign-in', jsonBody(SignInInput), async (c) => {
    const { email, password } = c.req.valid('json')
    const address = clientAddress(c)
    const key = `${normalizeEmail(email)}|${address}`
    // One address guessing across many emails is stopped too, not only one email at a time.
    const waitMs = Math.max(signInLimiter.retryAfterMs(key), addressLimiter.retryAfterMs(address))
    if (waitMs > 0) {
      const minutes = Math.ceil(waitMs / 60_000)
      c.header('Retry-After', String(Math.ceil(waitMs / 1000)))
      return c.json(
        {
          error: `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
        },
        429,
      )
    }
    const account = await store.findAccountByEmail(email)
    if (!(await verifyPassword(account?.passwordHash, password)) || !account) {
      signInLimiter.recordFailure(key)
      addressLimiter.recordFailure(address)
      return c.json({ error: badCredentials }, 401)
    }
    // The address's count stays: a known password between guesses must not buy more guesses.
    signInLimiter.reset(key)
    setSessionCookie(c, await authenticator.startSession({ account }))
    const body: SignedIn = { principal: describePrincipal(authenticator.principalOf(account)) }
    return c.json(body)
  })

  routes.post('/api/auth/sign-out', async (c) => {
    await authenticator.endSession(c.req.raw)
    clearSessionCookie(c)
    return c.body(null, 204)
  })

  routes.get('/api/auth/me', async (c) => {
    const principal = await authenticator.authenticate(c.req.raw)
    if (!principal) return c.json({ error: 'You are not signed in.' }, 401)
    const documentId = c.req.query('documentId')
    if (documentId === undefined) {
      return c.json({ principal: describePrincipal(principal) } satisfies MeResponse)
    }
    const access = await authenticator.accessTo(principal, documentId)
    return c.json({
      principal: describePrincipal(principal),
      access: access ?? null,
      ...(access ? { commenterId: commenterIdOf(principal.id, documentId) } : {}),
    } satisfies MeResponse)
  })

  return routes
}

/** What the client may know of a principal: no ids of accounts or invitations. */
function describePrincipal({ name, color, kind, documentId }: Principal): PrincipalView {
  return { name, color, kind, ...(documentId === undefined ? {} : { documentId }) }
}

/** Without the Node server (as in app.request tests) there is no socket to read. */
function socketAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    return 'unknown'
  }
}
