import { useSyncExternalStore } from 'react'

const listeners = new Set<() => void>()

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  window.addEventListener('popstate', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('popstate', listener)
  }
}

/**
 * Goes to `path` (with its query, if any) inside the app without reloading the page. `replace`
 * takes the place of the current entry: Back must not return to a page that sent the person on.
 */
export function navigate(path: string, { replace = false }: { replace?: boolean } = {}): void {
  if (path === currentPath()) return
  if (replace) window.history.replaceState(null, '', path)
  else window.history.pushState(null, '', path)
  for (const listener of listeners) listener()
}

/** The current path and query, as `navigate` takes them. */
export function currentPath(): string {
  return `${window.location.pathname}${window.location.search}`
}

/** The current location path; re-renders on `navigate` and on back/forward. */
export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname)
}

/** The current query string (`?a=b`, or empty), kept live like `usePathname`. */
export function useSearch(): string {
  return useSyncExternalStore(subscribe, () => window.location.search)
}
