import { invitationEndedPath, signInPath } from '../navigation/matchRoute'
import { currentPath, navigate } from '../navigation/navigation'
import { rememberedAuth } from './rememberedAuth'

/**
 * The server said "not signed in" (HTTP 401, websocket close 4401). Someone who came by an
 * invitation learns that it has ended; everyone else signs in and comes back here afterwards.
 */
export function handleUnauthorized(): void {
  const path = currentPath()
  if (rememberedAuth.principal()?.kind === 'invitation') {
    navigate(invitationEndedPath, { replace: true })
  } else if (!path.startsWith('/sign-in')) {
    navigate(signInPath(path), { replace: true })
  }
}
