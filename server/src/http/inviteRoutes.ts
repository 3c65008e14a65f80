import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { Authenticator } from '../auth/Authenticator'
import type { AuthStore, Invitation } from '../auth/AuthStore'
import { createInvitation, InvitationInputError } from '../auth/createInvitation'
import { hashToken } from '../auth/createToken'
import { refuseCrossOrigin } from '../auth/refuseCrossOrigin'
import { type AuthEnv, requireAccess, requireAccount } from '../auth/requireAccess'
import { setSessionCookie } from '../auth/sessionCookie'
import type { DocumentStore } from '../persistence/DocumentStore'
import { answerHttpErrorsAsJson } from './authRoutes'
import { readJsonObject } from './readJsonObject'

export interface InviteRoutesOptions {
  store: AuthStore
  authenticator: Authenticator
  documents: Pick<DocumentStore, 'getDocument'>
  /** Where people open the app, without a trailing slash: invitation links start with it. */
  publicUrl: string
}

/**
 * `/api/docs/:id/invites` (secretariat accounts and admin: create, list, revoke) and
 * `/invite/:token`, the link itself, which signs its holder in for that one document.
 * Mount at the root: every path here is absolute.
 */
export function inviteRoutes({
  store,
  authenticator,
  documents,
  publicUrl,
}: InviteRoutesOptions): Hono<AuthEnv> {
  const routes = new Hono<AuthEnv>()
  routes.onError(answerHttpErrorsAsJson)
  // Also matches `/api/docs/:id/invites` itself.
  routes.use(
    '/api/docs/:id/invites/*',
    refuseCrossOrigin(publicUrl),
    bodyLimit({
      maxSize: 16 * 1024,
      onError: (c) => c.json({ error: 'The request body is larger than 16 KiB.' }, 413),
    }),
    // Accounts only: a link made with a link would outlive the revocation of the first.
    requireAccount(authenticator),
    requireAccess(authenticator, { roles: ['secretariat'], documents }),
  )

  routes.post('/api/docs/:id/invites', async (c) => {
    const principal = c.get('principal')
    try {
      const { invitation, token, url } = await createInvitation(
        store,
        {
          documentId: c.req.param('id'),
          createdBy: principal.id,
          publicUrl,
          now: new Date(),
        },
        await readJsonObject(c.req.raw),
      )
      return c.json({ ...summarise(invitation, authenticator), token, url }, 201)
    } catch (error) {
      if (error instanceof InvitationInputError) return c.json({ error: error.message }, 400)
      throw error
    }
  })

  routes.get('/api/docs/:id/invites', async (c) => {
    const invitations = await store.listInvitations(c.req.param('id'))
    return c.json(invitations.map((invitation) => summarise(invitation, authenticator)))
  })

  routes.delete('/api/docs/:id/invites/:inviteId', async (c) => {
    const inviteId = c.req.param('inviteId')
    const invitation = await store.getInvitation(inviteId)
    if (!invitation || invitation.documentId !== c.req.param('id')) {
      return c.json({ error: `This document has no invitation with id "${inviteId}".` }, 404)
    }
    await authenticator.revokeInvitation(invitation.id)
    return c.body(null, 204)
  })

  routes.get('/invite/:token', async (c) => {
    // The token is in this page's address: keep it out of Referer headers and caches.
    c.header('Referrer-Policy', 'no-referrer')
    c.header('Cache-Control', 'no-store')
    const invitation = await store.findInvitationByTokenHash(hashToken(c.req.param('token')))
    if (!invitation) {
      return c.html(linkPage('This link does not work', 'It may have been mistyped.'), 404)
    }
    if (!authenticator.isActive(invitation)) {
      const reason = invitation.revokedAt ? 'has been withdrawn' : 'has expired'
      return c.html(linkPage(`This link ${reason}`, `The invitation ${reason}.`), 410)
    }
    setSessionCookie(c, await authenticator.startSession({ invitation }))
    return c.redirect(`/d/${encodeURIComponent(invitation.documentId)}`, 302)
  })

  return routes
}

/** An invitation as the secretariat's share dialog lists it; the token is never shown again. */
function summarise(invitation: Invitation, authenticator: Authenticator) {
  return {
    id: invitation.id,
    role: invitation.role,
    speakerId: invitation.speakerId ?? null,
    name: invitation.name ?? null,
    createdBy: invitation.createdBy,
    createdAt: invitation.createdAt,
    expiresAt: invitation.expiresAt,
    revokedAt: invitation.revokedAt ?? null,
    status: invitation.revokedAt
      ? 'revoked'
      : authenticator.isActive(invitation)
        ? 'active'
        : 'expired',
  }
}

/** A page of its own: the client app is not where someone with a dead link should land. */
function linkPage(title: string, detail: string): string {
  return `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Minutes</title>
<style>body{font:1rem/1.5 system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1f2937}</style>
<h1>${title}</h1>
<p>${detail} Ask the secretariat for a new link.</p>
</html>
`
}
