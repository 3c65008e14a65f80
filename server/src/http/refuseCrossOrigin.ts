import type { MiddlewareHandler } from 'hono'
import { isAllowedOrigin } from '../auth/isAllowedOrigin'

/** Refuses changes (POST, PUT, PATCH, DELETE) sent by pages of other sites. */
export function refuseCrossOrigin(publicUrl: string): MiddlewareHandler {
  return async (c, next) => {
    if (
      !['GET', 'HEAD', 'OPTIONS'].includes(c.req.method) &&
      !isAllowedOrigin(c.req.raw, publicUrl)
    ) {
      return c.json({ error: 'This request came from another site and was refused.' }, 403)
    }
    await next()
  }
}
