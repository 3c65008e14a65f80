import type { DocumentAccess } from '@minutes/permissions'
import { createContext, useContext } from 'react'
import type { Principal } from '../shared/session/Principal'

/** Who has the editor page open, and what they may do with its minutes. */
export interface EditorAccess {
  principal: Principal
  access: DocumentAccess
}

export const AccessContext = createContext<EditorAccess | null>(null)

export function useEditorAccess(): EditorAccess {
  const value = useContext(AccessContext)
  if (!value) throw new Error('useEditorAccess needs an AccessContext provider (the editor page).')
  return value
}
