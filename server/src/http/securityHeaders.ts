import type { MiddlewareHandler } from 'hono'
import { secureHeaders } from 'hono/secure-headers'

/**
 * The headers every response carries. The built client is module scripts and styles from this
 * origin (TipTap adds a `<style>` element, hence inline styles), talking to this origin only;
 * no other site may frame any page. Routes that set their own policy (the public page, export,
 * the invitation link) keep it, and include `frame-ancestors 'none'` themselves.
 */
export function securityHeaders(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      // 'self' covers the sync websocket on the same host (ws: and wss:).
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: 'DENY',
    referrerPolicy: 'same-origin',
    // Whether the site is served over HTTPS, and its subdomains, is the deployment's to say.
    strictTransportSecurity: false,
    overwrite: false,
  })
}
