import type { ReactNode } from 'react'
import { useDocumentTitle } from '../shared/navigation/useDocumentTitle'
import './auth.css'

/** The frame of the pages before the minutes: sign-in, setup, an ended invitation. */
export function AuthLayout({ title, children }: { title: string; children: ReactNode }) {
  useDocumentTitle(`${title} — Minutes`)
  return (
    <>
      <header className="app-header">
        <p className="brand auth-brand">Minutes</p>
      </header>
      <main id="main" tabIndex={-1} className="auth-page">
        <h1>{title}</h1>
        {children}
      </main>
    </>
  )
}
