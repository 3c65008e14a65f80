import { Link } from '../shared/navigation/Link'
import { useDocumentTitle } from '../shared/navigation/useDocumentTitle'
import './documentListPage.css'

interface NotFoundPageProps {
  heading?: string
  message?: string
  /** Where to go from here; the list of all minutes unless given. */
  link?: { href: string; label: string }
}

/** Shown for unknown addresses and for minutes that do not exist (any more). */
export function NotFoundPage({
  heading = 'Page not found',
  message = 'There is nothing at this address. It may have been mistyped.',
  link = { href: '/', label: 'Back to all minutes' },
}: NotFoundPageProps) {
  useDocumentTitle(`${heading} — Minutes`)
  return (
    <>
      <header className="app-header">
        <nav aria-label="Main" className="app-header__nav">
          <Link href="/" className="brand">
            Minutes
          </Link>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="message-page">
        <h1>{heading}</h1>
        <p>{message}</p>
        <p>
          <Link href={link.href}>{link.label}</Link>
        </p>
      </main>
    </>
  )
}
