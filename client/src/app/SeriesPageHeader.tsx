import { SignOutButton } from '../auth/SignOutButton'
import { useAccess } from '../auth/useAccess'
import { Link } from '../shared/navigation/Link'

/** The top bar of a series' pages: the way home, and signing out for an account. */
export function SeriesPageHeader() {
  const access = useAccess()
  return (
    <header className="app-header">
      <div className="app-header__bar">
        <nav aria-label="Main" className="app-header__nav">
          <Link href="/" className="brand">
            Minutes
          </Link>
        </nav>
        {access.state.status === 'ready' && access.state.principal.kind === 'account' && (
          <SignOutButton />
        )}
      </div>
    </header>
  )
}
