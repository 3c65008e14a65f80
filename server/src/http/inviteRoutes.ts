import { roleLabels } from '@minutes/permissions'
import {
  type CreatedInvitation,
  type Invitation as InvitationView,
  NewInvitation,
} from '@minutes/protocol'
import { type Context, Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { Authenticator } from '../auth/Authenticator'
import type { AuthStore, Invitation } from '../auth/AuthStore'
import { createInvitation } from '../auth/createInvitation'
import { hashToken } from '../auth/createToken'
import { isAllowedOrigin } from '../auth/isAllowedOrigin'
import type { Principal } from '../auth/Principal'
import type { AuditLog } from '../minutes/AuditLog'
import type { DocumentStore } from '../persistence/DocumentStore'
import { escapeHtml } from './escapeHtml'
import { jsonBody } from './jsonBody'
import { refuseCrossOrigin } from './refuseCrossOrigin'
import { type AuthEnv, requireAccess, requireAccount } from './requireAccess'
import { setSessionCookie } from './sessionCookie'

export interface InviteRoutesOptions {
  store: AuthStore
  authenticator: Authenticator
  documents: Pick<DocumentStore, 'getDocument'>
  /** Where people open the app, without a trailing slash: invitation links start with it. */
  publicUrl: string
  /** Where invitations made and revoked are recorded. */
  audit?: AuditLog
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
  audit,
}: InviteRoutesOptions): Hono<AuthEnv> {
  const routes = new Hono<AuthEnv>()
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
    requireAccess(authenticator, { toManage: true, documents }),
  )

  routes.post('/api/docs/:id/invites', jsonBody(NewInvitation), async (c) => {
    const { invitation, token, url } = await createInvitation(
      store,
      {
        documentId: c.req.param('id'),
        createdBy: c.get('principal').id,
        publicUrl,
        now: new Date(),
      },
      c.req.valid('json'),
    )
    await audit?.record(
      invitation.documentId,
      c.get('principal'),
      'invited',
      `Invited ${describeInvitee(invitation)}.`,
    )
    const body: CreatedInvitation = { ...summarise(invitation, authenticator), token, url }
    return c.json(body, 201)
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
    await audit?.record(
      invitation.documentId,
      c.get('principal'),
      'revoked',
      `Withdrew the invitation of ${describeInvitee(invitation)}.`,
    )
    return c.body(null, 204)
  })

  /** The invitation of the link, or the page explaining why the link does not work. */
  const findActive = async (c: Context): Promise<Invitation | Response> => {
    // The token is in this page's address: keep it out of Referer headers and caches.
    c.header('Referrer-Policy', 'no-referrer')
    c.header('Cache-Control', 'no-store')
    const invitation = await store.findInvitationByTokenHash(hashToken(c.req.param('token') ?? ''))
    if (!invitation) {
      return c.html(
        linkPage('This link does not work', `It may have been mistyped. ${askAgain}`),
        404,
      )
    }
    if (!authenticator.isActive(invitation)) {
      const reason = invitation.revokedAt ? 'has been withdrawn' : 'has expired'
      return c.html(linkPage(`This link ${reason}`, `The invitation ${reason}. ${askAgain}`), 410)
    }
    return invitation
  }

  routes.get('/invite/:token', async (c) => {
    const invitation = await findActive(c)
    if (invitation instanceof Response) return invitation
    const documentPath = `/d/${encodeURIComponent(invitation.documentId)}`
    const current = await authenticator.authenticate(c.req.raw)
    if (current?.invitationId === invitation.id) return c.redirect(documentPath, 302)
    if (current) {
      // Someone else's link must not silently replace who this browser is signed in as.
      const document = await documents.getDocument(invitation.documentId)
      // Not no-referrer: with it, browsers send `Origin: null` with the form, and it is refused.
      c.header('Referrer-Policy', 'same-origin')
      return c.html(
        confirmPage({
          current,
          invited: authenticator.principalOfInvitation(invitation),
          documentTitle: document?.title ?? 'these minutes',
          action: `/invite/${encodeURIComponent(c.req.param('token'))}`,
        }),
      )
    }
    setSessionCookie(c, await authenticator.startSession({ invitation }))
    return c.redirect(documentPath, 302)
  })

  // The confirmation page's form. Only a page of this site may send it: browsers always send
  // Origin with a POST, and the session cookie (SameSite=Lax) does not come with other sites'.
  routes.post('/invite/:token', async (c) => {
    if (c.req.header('origin') === undefined || !isAllowedOrigin(c.req.raw, publicUrl)) {
      c.header('Cache-Control', 'no-store')
      const detail = 'Open the invitation link yourself to continue.'
      return c.html(linkPage('This request came from another site', detail), 403)
    }
    const invitation = await findActive(c)
    if (invitation instanceof Response) return invitation
    await authenticator.endSession(c.req.raw)
    setSessionCookie(c, await authenticator.startSession({ invitation }))
    return c.redirect(`/d/${encodeURIComponent(invitation.documentId)}`, 303)
  })

  return routes
}

/** An invitation as the secretariat's share dialog lists it; the token is never shown again. */
function summarise(invitation: Invitation, authenticator: Authenticator): InvitationView {
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

const askAgain = 'Ask the secretariat for a new link.'
const pageStyle =
  'body{font:1rem/1.5 system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1f2937}' +
  'button{font:inherit;padding:.5rem 1rem;border-radius:.375rem;border:0;background:#1a56a8;color:#fff;cursor:pointer}'

/** A page of its own: the client app is not where someone with a dead link should land. */
function linkPage(title: string, detail: string, body = ''): string {
  return `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Minutes</title>
<style>${pageStyle}</style>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(detail)}</p>
${body}</html>
`
}

function confirmPage(options: {
  current: Principal
  invited: Principal
  documentTitle: string
  action: string
}): string {
  const { current, invited, documentTitle, action } = options
  const stay =
    current.documentId === undefined ? '/' : `/d/${encodeURIComponent(current.documentId)}`
  return linkPage(
    'Switch to this invitation?',
    `You are signed in as ${current.name}.`,
    `<p>Continue as ${escapeHtml(invited.name)} for “${escapeHtml(documentTitle)}”?</p>
<form method="post" action="${escapeHtml(action)}"><button type="submit">Continue as ${escapeHtml(invited.name)}</button></form>
<p><a href="${escapeHtml(stay)}">Stay signed in as ${escapeHtml(current.name)}</a></p>
`,
  )
}

/** Who an invitation is for, as the audit trail says it. */
function describeInvitee(invitation: Invitation): string {
  const role = roleLabels[invitation.role].toLowerCase()
  return invitation.name ? `${invitation.name} as ${role}` : `a ${role}`
}
