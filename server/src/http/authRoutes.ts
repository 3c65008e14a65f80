import { getConnInfo } from '@hono/node-server/conninfo'
import { type Context, type ErrorHandler, Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { HTTPException } from 'hono/http-exception'
import type { Authenticator } from '../auth/Authenticator'
import { type AuthStore, normalizeEmail, SetupRefusedError } from '../auth/AuthStore'
import { verifyPassword } from '../auth/hashPassword'
import type { Principal } from '../auth/Principal'
import { RateLimiter } from '../auth/RateLimiter'
import { refuseCrossOrigin } from '../auth/refuseCrossOrigin'
import { AccountInputError, registerAccount } from '../auth/registerAccount'
import { clearSessionCookie, setSessionCookie } from '../auth/sessionCookie'
import { readJsonObject } from './readJsonObject'

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
  routes.onError(answerHttpErrorsAsJson)
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

  routes.post('/api/auth/setup', async (c) => {
    const body = await readJsonObject(c.req.raw)
    if (typeof body.token !== 'string' || body.token === '') {
      return c.json({ error: 'Open the setup link exactly as the server printed it.' }, 400)
    }
    try {
      const account = await registerAccount(store, body, { token: body.token, now: new Date() })
      setSessionCookie(c, await authenticator.startSession({ account }))
      return c.json({ principal: describePrincipal(authenticator.principalOf(account)) }, 201)
    } catch (error) {
      if (error instanceof AccountInputError) return c.json({ error: error.message }, 400)
      if (error instanceof SetupRefusedError) {
        return c.json({ error: error.message }, error.reason === 'account-exists' ? 409 : 403)
      }
      throw error
    }
  })

  routes.post('/api/auth/sign-in', async (c) => {
    const { email, password } = await readJsonObject(c.req.raw)
    if (typeof email !== 'string' || typeof password !== 'string' || email.trim() === '') {
      return c.json({ error: 'Give your email address and password.' }, 400)
    }
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
    return c.json({ principal: describePrincipal(authenticator.principalOf(account)) })
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
    if (documentId === undefined) return c.json({ principal: describePrincipal(principal) })
    const access = await authenticator.accessTo(principal, documentId)
    return c.json({ principal: describePrincipal(principal), access: access ?? null })
  })

  return routes
}

/** What the client may know of a principal: no ids of accounts or invitations. */
function describePrincipal({ name, color, kind, documentId }: Principal) {
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

/**
 * Errors meant for the caller (HTTPException, as from readJsonObject) become `{ error }` JSON
 * wherever these routes are mounted; anything else goes on to the app's own error handler.
 */
export const answerHttpErrorsAsJson: ErrorHandler = (error, c) => {
  if (error instanceof HTTPException) return c.json({ error: error.message }, error.status)
  throw error
}
