import { lazy, Suspense, useEffect, useRef } from 'react'
import { InvitationEndedPage } from '../auth/InvitationEndedPage'
import { SignInPage } from '../auth/SignInPage'
import { SearchLauncher } from '../search/SearchLauncher'
import { matchRoute, type Route } from '../shared/navigation/matchRoute'
import { usePathname } from '../shared/navigation/navigation'
import { DocumentListPage } from './DocumentListPage'
import { NotFoundPage } from './NotFoundPage'
import { RecommendationsRegisterPage } from './RecommendationsRegisterPage'
import { SeriesPage } from './SeriesPage'
import { SeriesPersonPage } from './SeriesPersonPage'

// The editor brings TipTap, ProseMirror and Yjs; the list should not wait for them.
const EditorPage = lazy(() =>
  import('./EditorPage').then(({ EditorPage }) => ({ default: EditorPage })),
)
// Set-up happens once per installation, and its check brings Zod: no other page should load it.
const SetupPage = lazy(() =>
  import('../auth/SetupPage').then(({ SetupPage }) => ({ default: SetupPage })),
)

/** Pages of someone signed in, where Ctrl/⌘+K searches. */
const searchablePages = new Set<Route['page']>([
  'documents',
  'editor',
  'series',
  'register',
  'person',
])

/** The shell: picks the page for the current address. */
export function App() {
  const pathname = usePathname()
  const route = matchRoute(pathname)
  useFocusMainOnNavigation(pathname)
  // Fetched once the first page is up, so that opening minutes later works on a flaky network too.
  useEffect(() => {
    const timer = setTimeout(() => void import('./EditorPage'), 1000)
    return () => clearTimeout(timer)
  }, [])

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      {route.page === 'documents' && <DocumentListPage />}
      {route.page === 'editor' && (
        <Suspense fallback={<Loading message="Opening the minutes…" />}>
          <EditorPage key={route.docId} docId={route.docId} />
        </Suspense>
      )}
      {route.page === 'series' && <SeriesPage key={route.seriesId} seriesId={route.seriesId} />}
      {route.page === 'register' && (
        <RecommendationsRegisterPage key={route.seriesId} seriesId={route.seriesId} />
      )}
      {route.page === 'person' && (
        <SeriesPersonPage
          key={`${route.seriesId} ${route.personId}`}
          seriesId={route.seriesId}
          personId={route.personId}
        />
      )}
      {route.page === 'sign-in' && <SignInPage />}
      {route.page === 'setup' && (
        <Suspense fallback={<Loading message="Opening the setup…" />}>
          <SetupPage />
        </Suspense>
      )}
      {route.page === 'invitation-ended' && <InvitationEndedPage />}
      {route.page === 'not-found' && <NotFoundPage />}
      {searchablePages.has(route.page) && (
        <SearchLauncher isSlashOpening={route.page === 'documents'} />
      )}
    </>
  )
}

/** What a lazily loaded page shows while its code arrives. */
function Loading({ message }: { message: string }) {
  return (
    <p className="quiet loading" role="status">
      {message}
    </p>
  )
}

/** After an in-app navigation, screen readers and keyboards start at the new page's content. */
function useFocusMainOnNavigation(pathname: string): void {
  const previous = useRef(pathname)
  useEffect(() => {
    if (previous.current === pathname) return
    previous.current = pathname
    const main = document.getElementById('main')
    // A page that placed the focus itself (the sign-in form's first field) keeps it.
    if (main && !main.contains(document.activeElement)) main.focus({ preventScroll: true })
  }, [pathname])
}
