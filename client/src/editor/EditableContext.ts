import { createContext, useContext } from 'react'

/** Whether the minutes can be changed here: chips of read-only minutes show, but do not open. */
export const EditableContext = createContext(true)

export function useEditable(): boolean {
  return useContext(EditableContext)
}
