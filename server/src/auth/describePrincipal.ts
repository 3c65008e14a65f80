import { roleLabels } from '@minutes/permissions'
import type { AuthStore } from './AuthStore'
import { pickColor } from './pickColor'

/** A person as history and audit views name them: their name now, and their colour. */
export interface PersonLabel {
  id: string
  name: string
  color: string
}

/**
 * Names a principal id kept in a document's history, as the Authenticator names the principal
 * (accounts by name, invitations as the secretariat wrote them or by role, the admin token as
 * "Automation"), whether or not the credentials still work.
 */
export async function describePrincipal(store: AuthStore, id: string): Promise<PersonLabel> {
  const label = (name: string) => ({ id, name, color: pickColor(id) })
  if (id === 'admin') return label('Automation')
  const account = await store.getAccount(id)
  if (account) return label(account.name)
  const invitation = await store.getInvitation(id)
  if (invitation) return label(invitation.name ?? roleLabels[invitation.role])
  return label('Someone')
}
