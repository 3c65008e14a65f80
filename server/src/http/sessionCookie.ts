import type { Context } from 'hono'
import { deleteCookie, setCookie } from 'hono/cookie'
import type { StartedSession } from '../auth/Authenticator'
import { sessionCookieName } from '../auth/sessionCookieName'

/** httpOnly so page scripts never see it; Lax so links from mail still arrive signed in. */
export function setSessionCookie(c: Context, session: StartedSession): void {
  setCookie(c, sessionCookieName, session.token, {
    ...cookieOptions(c),
    expires: session.expiresAt,
    maxAge: Math.max(0, Math.floor((session.expiresAt.getTime() - Date.now()) / 1000)),
  })
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, sessionCookieName, cookieOptions(c))
}

function cookieOptions(c: Context) {
  const isHttps =
    new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https'
  return { httpOnly: true, sameSite: 'Lax', path: '/', secure: isHttps } as const
}
