export type Route =
  | { page: 'documents' }
  | { page: 'editor'; docId: string }
  | { page: 'series'; seriesId: string }
  | { page: 'register'; seriesId: string }
  | { page: 'person'; seriesId: string; personId: string }
  | { page: 'sign-in' }
  | { page: 'setup' }
  | { page: 'invitation-ended' }
  | { page: 'not-found' }

const fixedPages: Readonly<Record<string, Route>> = {
  '/': { page: 'documents' },
  '': { page: 'documents' },
  '/sign-in': { page: 'sign-in' },
  '/setup': { page: 'setup' },
  '/invitation-ended': { page: 'invitation-ended' },
}

/** Maps a location path to the page it shows; anything unknown is a not-found page. */
export function matchRoute(pathname: string): Route {
  const fixed = fixedPages[pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname]
  if (fixed) return fixed
  const editor = /^\/d\/([^/]+)\/?$/.exec(pathname)
  if (editor?.[1]) {
    const docId = decodeOrUndefined(editor[1])
    return docId === undefined ? { page: 'not-found' } : { page: 'editor', docId }
  }
  const series = /^\/s\/([^/]+)(?:\/(recommendations)|\/people\/([^/]+))?\/?$/.exec(pathname)
  if (series?.[1]) {
    const seriesId = decodeOrUndefined(series[1])
    const personId = series[3] === undefined ? undefined : decodeOrUndefined(series[3])
    if (seriesId === undefined || (series[3] !== undefined && personId === undefined)) {
      return { page: 'not-found' }
    }
    if (personId !== undefined) return { page: 'person', seriesId, personId }
    return series[2] ? { page: 'register', seriesId } : { page: 'series', seriesId }
  }
  return { page: 'not-found' }
}

function decodeOrUndefined(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment)
  } catch {
    return undefined
  }
}

export function editorPath(docId: string): string {
  return `/d/${encodeURIComponent(docId)}`
}

/** A series' page: its meetings in order. */
export function seriesPath(seriesId: string): string {
  return `/s/${encodeURIComponent(seriesId)}`
}

/** A series' recommendations register. */
export function registerPath(seriesId: string): string {
  return `${seriesPath(seriesId)}/recommendations`
}

/** A person of a series: what they said, proposed and owe across its meetings. */
export function personPath(seriesId: string, personId: string): string {
  return `${seriesPath(seriesId)}/people/${encodeURIComponent(personId)}`
}

export const invitationEndedPath = '/invitation-ended'

/** The sign-in page, coming back to `next` (a path of this app) afterwards. */
export function signInPath(next: string): string {
  return next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`
}

/**
 * Where to go after signing in: `next` from the query when it is a path of this app, else the
 * list. Anything else (`//evil.example`, `https://…`) is ignored: a link must not send people off-site.
 */
export function readNextPath(search: string): string {
  const next = new URLSearchParams(search).get('next')
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/'
  const route = matchRoute(new URL(next, 'http://app.invalid').pathname)
  return route.page === 'sign-in' || route.page === 'setup' ? '/' : next
}
