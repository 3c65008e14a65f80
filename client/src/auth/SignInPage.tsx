import { type FormEvent, useId, useRef, useState } from 'react'
import { ApiError, errorMessage } from '../shared/api/ApiError'
import { readNextPath } from '../shared/navigation/matchRoute'
import { navigate, useSearch } from '../shared/navigation/navigation'
import { rememberedAuth } from '../shared/session/rememberedAuth'
import { AuthLayout } from './AuthLayout'
import { authApi } from './authApi'

/** `/sign-in?next=…`: email and password of a secretariat account, then back to `next`. */
export function SignInPage() {
  const next = readNextPath(useSearch())
  const [error, setError] = useState<string | null>(null)
  const [isSigningIn, setIsSigningIn] = useState(false)
  const emailRef = useRef<HTMLInputElement>(null)
  const passwordRef = useRef<HTMLInputElement>(null)
  const id = useId()

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const email = String(form.get('email') ?? '').trim()
    const password = String(form.get('password') ?? '')
    if (!email || !password) {
      setError('Enter your email address and your password.')
      ;(email ? passwordRef : emailRef).current?.focus()
      return
    }
    setIsSigningIn(true)
    setError(null)
    try {
      const { principal } = await authApi.signIn(email, password)
      rememberedAuth.remember(principal)
      navigate(next, { replace: true })
    } catch (caught) {
      setIsSigningIn(false)
      setError(signInError(caught))
      passwordRef.current?.select()
    }
  }

  return (
    <AuthLayout title="Sign in">
      <form className="auth-form" aria-label="Sign in" onSubmit={handleSubmit} noValidate>
        <label htmlFor={`${id}-email`}>Email address</label>
        <input
          ref={emailRef}
          id={`${id}-email`}
          name="email"
          type="email"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          // biome-ignore lint/a11y/noAutofocus: the form is all this page is for
          autoFocus
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <label htmlFor={`${id}-password`}>Password</label>
        <input
          ref={passwordRef}
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="current-password"
          aria-describedby={error ? `${id}-error` : undefined}
        />
        {error && (
          <p id={`${id}-error`} className="form-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={isSigningIn}>
          {isSigningIn ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p className="quiet auth-page__aside">
        Invited to one set of minutes? Open the link from your invitation again; it signs you in.
      </p>
    </AuthLayout>
  )
}

function signInError(error: unknown): string {
  if (error instanceof ApiError && error.status === 429) {
    const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60))
    return `Too many attempts; try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`
  }
  return errorMessage(error)
}
