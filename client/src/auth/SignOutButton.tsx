import { useState } from 'react'
import { errorMessage } from '../shared/api/ApiError'
import { navigate } from '../shared/navigation/navigation'
import { rememberedAuth } from '../shared/session/rememberedAuth'
import { authApi } from './authApi'

/** Ends the account's session on the server and in this browser, then offers to sign in again. */
export function SignOutButton() {
  const [error, setError] = useState<string | null>(null)
  const [isSigningOut, setIsSigningOut] = useState(false)

  const handleClick = async () => {
    setIsSigningOut(true)
    setError(null)
    try {
      await authApi.signOut()
      rememberedAuth.forget()
      navigate('/sign-in', { replace: true })
    } catch (caught) {
      setIsSigningOut(false)
      setError(`You are still signed in. ${errorMessage(caught)}`)
    }
  }

  return (
    <span className="sign-out">
      <button
        type="button"
        className="button button--small"
        disabled={isSigningOut}
        onClick={handleClick}
      >
        Sign out
      </button>
      {error && (
        <span className="sign-out__error" role="alert">
          {error}
        </span>
      )}
    </span>
  )
}
