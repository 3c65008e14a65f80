import { canManageDocument, type DocumentAccess } from '@minutes/permissions'
import { createMiddleware } from 'hono/factory'
import type { Authenticator } from '../auth/Authenticator'
import type { Principal } from '../auth/Principal'
import { DocumentNotFoundError, type DocumentStore } from '../persistence/DocumentStore'

/** What the auth middleware leaves on the context for the routes after it. */
export interface AuthEnv {
  Variables: { principal: Principal; access: DocumentAccess }
}

export interface RequireAccessOptions {
  /** Only those who run the document (`canManageDocument`): rename, workflow, invitations. */
  toManage?: boolean
  /** When given, a document that does not exist is a 404 (for those who could see it). */
  documents?: Pick<DocumentStore, 'getDocument'>
}

const notSignedIn = 'Sign in, or open your invitation link again.'

/**
 * For `/api/docs/:id/*`: 401 when nobody is signed in, 403 without access to this document
 * (or without the right to manage it, `toManage`), 404 when it does not exist; else sets `principal` and `access`.
 */
export function requireAccess(authenticator: Authenticator, options: RequireAccessOptions = {}) {
  return createMiddleware<AuthEnv>(async (c, next) => {
    // requireAccount may have run first on this request.
    const principal =
      (c.get('principal') as Principal | undefined) ?? (await authenticator.authenticate(c.req.raw))
    if (!principal) return c.json({ error: notSignedIn }, 401)
    const documentId = c.req.param('id') ?? ''
    const access = await authenticator.accessTo(principal, documentId)
    if (!access) return c.json({ error: 'You have no access to this document.' }, 403)
    if (options.toManage && !canManageDocument(access)) {
      return c.json({ error: 'Only the secretariat can do this.' }, 403)
    }
    if (options.documents && !(await options.documents.getDocument(documentId))) {
      throw new DocumentNotFoundError(documentId)
    }
    c.set('principal', principal)
    c.set('access', access)
    await next()
  })
}

/**
 * For what is not one document's (the list of documents, creating one): a secretariat account
 * or the admin token. An invitation opens one document only, so it gets a 403.
 */
export function requireAccount(authenticator: Authenticator) {
  return createMiddleware<{ Variables: { principal: Principal } }>(async (c, next) => {
    const principal = await authenticator.authenticate(c.req.raw)
    if (!principal) return c.json({ error: notSignedIn }, 401)
    if (principal.kind === 'invitation') {
      return c.json({ error: 'Only secretariat accounts can do this.' }, 403)
    }
    c.set('principal', principal)
    await next()
  })
}
