import { lazy, Suspense, useEffect, useState } from 'react'
import { isSearchShortcut, isSlashShortcut } from './isSearchShortcut'
import { onOpenSearch } from './openSearch'

const SearchDialog = lazy(() =>
  import('./SearchDialog').then(({ SearchDialog }) => ({ default: SearchDialog })),
)

/** Opens the search box on Ctrl/⌘+K anywhere, on "/" where `isSlashOpening`, and on `openSearch()`. */
export function SearchLauncher({ isSlashOpening }: { isSlashOpening: boolean }) {
  const [isOpen, setIsOpen] = useState(false)
  useEffect(() => onOpenSearch(() => setIsOpen(true)), [])
  useEffect(() => {
    const handleKeyDown = (event: KeyboardEvent) => {
      if (!isSearchShortcut(event) && !(isSlashOpening && isSlashShortcut(event))) return
      event.preventDefault()
      setIsOpen(true)
    }
    // Captured before the editor sees it, so the shortcut works with the caret in the text.
    document.addEventListener('keydown', handleKeyDown, true)
    return () => document.removeEventListener('keydown', handleKeyDown, true)
  }, [isSlashOpening])
  if (!isOpen) return null
  return (
    <Suspense fallback={null}>
      <SearchDialog onClose={() => setIsOpen(false)} />
    </Suspense>
  )
}
