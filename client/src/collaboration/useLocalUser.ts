import { useCallback, useState } from 'react'
import { LOCAL_USER_KEY, type LocalUser, pickUserColor, readLocalUser } from './localUser'

/** The remembered display name and colour; `null` until the person has told us their name. */
export function useLocalUser(): [LocalUser | null, (name: string) => void] {
  const [user, setUser] = useState(() => readLocalUser(window.localStorage))

  const saveName = useCallback((name: string) => {
    setUser((previous) => {
      const next = { name: name.trim(), color: previous?.color ?? pickUserColor() }
      try {
        window.localStorage.setItem(LOCAL_USER_KEY, JSON.stringify(next))
      } catch {
        // Storage can be full or blocked; the name still holds for this visit.
      }
      return next
    })
  }, [])

  return [user, saveName]
}
