import type { AuthRequest } from './Authenticator'

/**
 * Whether a request may act on the cookies it carries: browsers send Origin with websocket
 * upgrades and unsafe methods, and it must be the app's own (public URL or the Host it asked).
 * Without Origin the caller is not a browser and brings its own credentials.
 */
export function isAllowedOrigin(request: AuthRequest, publicUrl: string): boolean {
  const origin = request.headers.get('origin')
  if (origin === null) return true
  if (origin === new URL(publicUrl).origin) return true
  const host = new URL(request.url, `http://${request.headers.get('host') ?? 'localhost'}`).host
  return origin === `http://${host}` || origin === `https://${host}`
}
