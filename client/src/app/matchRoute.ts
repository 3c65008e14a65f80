export type Route =
  | { page: 'documents' }
  | { page: 'editor'; docId: string }
  | { page: 'not-found' }

/** Maps a location path to the page it shows; anything unknown is a not-found page. */
export function matchRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'documents' }
  const editor = /^\/d\/([^/]+)\/?$/.exec(pathname)
  if (editor?.[1]) {
    try {
      return { page: 'editor', docId: decodeURIComponent(editor[1]) }
    } catch {
      return { page: 'not-found' }
    }
  }
  return { page: 'not-found' }
}

export function editorPath(docId: string): string {
  return `/d/${encodeURIComponent(docId)}`
}
