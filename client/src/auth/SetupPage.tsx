import { describeProblem, minPasswordLength, SetupInput } from '@minutes/protocol'
import { type FormEvent, useId, useRef, useState } from 'react'
import { ApiError, errorMessage } from '../shared/api/ApiError'
import { Link } from '../shared/navigation/Link'
import { readNextPath } from '../shared/navigation/matchRoute'
import { navigate, useSearch } from '../shared/navigation/navigation'
import { rememberedAuth } from '../shared/session/rememberedAuth'
import { AuthLayout } from './AuthLayout'
import { authApi } from './authApi'

/** `/setup?token=…`: the first secretariat account, from the link the server printed on first start. */
export function SetupPage() {
  const search = useSearch()
  const token = new URLSearchParams(search).get('token') ?? ''
  const next = readNextPath(search)
  const [error, setError] = useState<{ message: string; isAccountThere: boolean } | null>(null)
  const [isSaving, setIsSaving] = useState(false)
  const formRef = useRef<HTMLFormElement>(null)
  const id = useId()

  if (!token) {
    return (
      <AuthLayout title="Set up Minutes">
        <p role="alert">
          This page needs the setup link exactly as the server printed it on its first start,
          including the part after <code>?token=</code>.
        </p>
        <p>
          If an account exists already, <Link href="/sign-in">sign in</Link> instead.
        </p>
      </AuthLayout>
    )
  }

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const input = {
      token,
      name: String(form.get('name') ?? '').trim(),
      email: String(form.get('email') ?? '').trim(),
      password: String(form.get('password') ?? ''),
    }
    const problem = checkInput(input)
    if (problem) {
      setError({ message: problem.message, isAccountThere: false })
      formRef.current?.querySelector<HTMLInputElement>(`[name="${problem.field}"]`)?.focus()
      return
    }
    setIsSaving(true)
    setError(null)
    try {
      const { principal } = await authApi.setup(input)
      rememberedAuth.remember(principal)
      navigate(next, { replace: true })
    } catch (caught) {
      setIsSaving(false)
      setError({
        message: errorMessage(caught),
        isAccountThere: caught instanceof ApiError && caught.status === 409,
      })
    }
  }

  return (
    <AuthLayout title="Set up Minutes">
      <p className="auth-page__intro">
        Create the first secretariat account. From any minutes, you can then invite speakers,
        reviewers and colleagues with a link.
      </p>
      <form
        ref={formRef}
        className="auth-form"
        aria-label="Create the first account"
        onSubmit={handleSubmit}
        noValidate
      >
        <label htmlFor={`${id}-name`}>Your name</label>
        <input
          id={`${id}-name`}
          name="name"
          type="text"
          autoComplete="name"
          // biome-ignore lint/a11y/noAutofocus: the form is all this page is for
          autoFocus
        />
        <label htmlFor={`${id}-email`}>Email address</label>
        <input
          id={`${id}-email`}
          name="email"
          type="email"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
        />
        <label htmlFor={`${id}-password`}>Password</label>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="new-password"
          minLength={minPasswordLength}
          aria-describedby={`${id}-password-hint`}
        />
        <p id={`${id}-password-hint`} className="auth-form__hint">
          At least {minPasswordLength} characters. A long phrase is easier to remember.
        </p>
        {error && (
          <div className="form-error" role="alert">
            <p>{error.message}</p>
            {error.isAccountThere && (
              <p>
                <Link href="/sign-in">Sign in</Link> with that account instead.
              </p>
            )}
          </div>
        )}
        <button type="submit" className="button button--primary" disabled={isSaving}>
          {isSaving ? 'Creating the account…' : 'Create account'}
        </button>
      </form>
    </AuthLayout>
  )
}

/** The server's own check, run first so the person hears the same words without a round trip. */
function checkInput(input: SetupInput): { field: string; message: string } | null {
  const result = SetupInput.safeParse(input)
  if (result.success) return null
  return {
    field: String(result.error.issues[0]?.path[0] ?? ''),
    message: describeProblem(result.error),
  }
}
