import type { DocumentAccess } from '@minutes/permissions'
import type { Principal } from '@minutes/protocol'
import { createContext, useContext } from 'react'

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
