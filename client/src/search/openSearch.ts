const openSearchEvent = 'minutes:open-search'

/** Opens the search box from anywhere (a button of a page); the launcher in the shell listens. */
export function openSearch(): void {
  window.dispatchEvent(new Event(openSearchEvent))
}

export function onOpenSearch(listener: () => void): () => void {
  window.addEventListener(openSearchEvent, listener)
  return () => window.removeEventListener(openSearchEvent, listener)
}
